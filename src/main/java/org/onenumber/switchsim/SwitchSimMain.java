package org.onenumber.switchsim;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator on its own: {@code mvn -Pswitchsim compile exec:java} (arguments through
 * {@code -Dexec.args="--port=7070 --user=onenumber --password=onenumber --admin-port=7071"}). Prints the
 * bound ports, then reads admin commands from standard input; it keeps running after standard input ends
 * (as in the background), until the process is stopped.
 */
public final class SwitchSimMain {

    private SwitchSimMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        SwitchEmulator.Settings settings = SwitchEmulator.Settings.defaults().withStreamContinuingAcrossRestarts();
        String user = settings.user();
        String password = settings.password();
        int port = 0;
        int adminPort = -1;
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2) {
                usage(arg);
            }
            switch (pair[0]) {
                case "--port" -> port = Integer.parseInt(pair[1]);
                case "--user" -> user = pair[1];
                case "--password" -> password = pair[1];
                case "--admin-port" -> adminPort = Integer.parseInt(pair[1]);
                default -> usage(arg);
            }
        }
        SwitchEmulator emulator = SwitchEmulator.start(settings.withPort(port).withCredentials(user, password));
        AdminConsole console = new AdminConsole(emulator);
        System.out.println("Switch emulator listening on 127.0.0.1:" + emulator.port() + " (user " + user + ")");
        if (adminPort >= 0) {
            ServerSocket admin = console.listen(adminPort);
            System.out.println("Admin console on 127.0.0.1:" + admin.getLocalPort() + "; type help");
        } else {
            System.out.println("Admin console on standard input; type help");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        console.serve(new InputStreamReader(System.in, StandardCharsets.UTF_8),
                new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        new CountDownLatch(1).await();
    }

    private static void usage(String arg) {
        System.err.println("Unknown argument " + arg
                + "; use --port=N --user=U --password=P --admin-port=N (port 0: any free port)");
        System.exit(2);
    }
}
