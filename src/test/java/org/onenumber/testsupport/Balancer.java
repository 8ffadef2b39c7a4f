package org.onenumber.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy in front of clustered servers, as README's "Several instances" runs it: the checked-in
 * {@code server-config/haproxy.cfg} with its {@code ${...}} settings from the environment, on a free loopback
 * port, in the foreground as a child process of the test; its output goes to {@code log}.
 */
public final class Balancer implements AutoCloseable {

    private static final String HAPROXY = System.getProperty("it.haproxy", "/usr/sbin/haproxy");

    private final Process process;
    private final int port;

    private Balancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts HAProxy before {@code servers} (two, as the file names them) and waits until it listens. */
    public static Balancer start(Path config, List<PayaraMicro> servers, Path log) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(HAPROXY))) {
            throw new IllegalStateException(HAPROXY + " is missing: apt-get install haproxy (README, prerequisites)");
        }
        int port = PayaraMicro.freeLoopbackPort();
        List<String> command = new ArrayList<>(List.of(HAPROXY, "-db", "-f", config.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("ONENUMBER_LB_BIND", "127.0.0.1:" + port);
        for (int i = 0; i < servers.size(); i++) {
            builder.environment().put("ONENUMBER_INSTANCE_" + (i + 1), "127.0.0.1:" + servers.get(i).httpPort());
        }
        Balancer balancer = new Balancer(builder.start(), port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return balancer;
            } catch (IOException e) {
                if (!balancer.process.isAlive() || System.nanoTime() > deadline) {
                    balancer.close();
                    throw new IllegalStateException("HAProxy did not listen on " + port + "; see " + log, e);
                }
                Thread.sleep(100);
            }
        }
    }

    /** The application's base URL through the balancer, with a trailing slash. */
    public URL url() {
        try {
            return new URL("http://127.0.0.1:" + port + "/onenumber/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
