package org.onenumber.testsupport;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Payara Micro for every container test of a test run: a test class that declares a
 * {@link PayaraMicro} parameter (in its constructor, or in a test or lifecycle method) gets the same
 * server, started on first use and stopped when the run ends (the root context's store closes it; the
 * server's shutdown hook covers a JVM that ends otherwise). Container start-ups cost 15-25 s each, so
 * classes share this one and never assume a fresh server: each makes what it changes (accounts, users,
 * unique names) and leaves the emulator without faults.
 *
 * <p>It is configured as {@link #settings} says, on the database the build chose ({@code it.db*}) with its
 * data under {@code it.data.dir}, which the build empties before the integration tests.
 */
public final class SharedServer implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedServer.class);
    /** How long the shared server may take to be ready; a loaded machine may need more (-Dit.ready-seconds=600). */
    private static final int READY_SECONDS = Integer.getInteger("it.ready-seconds", 300);

    /**
     * The container tests' configuration: demo data, the embedded switch with its admin console, the SMTP
     * sink, and a short retry pause and budget so that tests of switch errors end quickly.
     */
    public static PayaraMicro.Settings settings(PayaraMicro.Database db, Path dir) {
        return PayaraMicro.Settings.of(PayaraMicro.Artifacts.fromSystemProperties(), db, dir)
                .withSwitchAdmin()
                .withMailSink()
                .with("onenumber.switch.retry-pause-millis", "200")
                .with("onenumber.switch.retry-budget", "4")
                .withConsoleOutput(Boolean.getBoolean("it.serverOutput"));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PayaraMicro.class;
    }

    @Override
    public PayaraMicro resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Started.class, key -> Started.boot(), Started.class)
                .server();
    }

    /** The run's data directory ({@code it.data.dir}, one per database the build runs the tests on): servers and logs. */
    public static Path dataDir() {
        return Path.of(System.getProperty("it.data.dir", "target/it-data")).toAbsolutePath();
    }

    /** The server of this run, or why it did not start (remembered, so that later classes fail at once). */
    private record Started(PayaraMicro running, RuntimeException failure) implements ExtensionContext.Store.CloseableResource {

        static Started boot() {
            Path dir = dataDir();
            PayaraMicro server = null;
            try {
                // the build emptied the data directory; keeping it lets a run from an IDE reuse its database
                server = PayaraMicro.start(settings(PayaraMicro.Database.fromSystemProperties(dir), dir).keepingData());
                try {
                    server.awaitReady("shared server", READY_SECONDS);
                } catch (PayaraMicro.DeafListener deaf) {
                    // a boot whose listener never serves: once more, as a person would, on the data it wrote (the
                    // demo's states it sent to its own embedded switch are sent again to the new one: EmbeddedSwitchRefill)
                    System.err.println("[payara-micro] " + deaf.getMessage() + "; starting it again");
                    server.close();
                    java.nio.file.Files.copy(server.logFile(), dir.resolve("server-deaf-boot.log"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    server = PayaraMicro.start(settings(PayaraMicro.Database.fromSystemProperties(dir), dir).keepingData());
                    server.awaitReady("shared server", READY_SECONDS);
                }
                return new Started(server, null);
            } catch (Exception e) {
                if (server != null) {
                    server.close();
                }
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return new Started(null, new IllegalStateException("the shared Payara Micro did not start", e));
            }
        }

        PayaraMicro server() {
            if (failure != null) {
                throw failure;
            }
            return running;
        }

        @Override
        public void close() {
            if (running != null) {
                running.close();
            }
        }
    }
}
