package org.onenumber.switchsim.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onenumber.switchsim.AdminConsole;
import org.onenumber.switchsim.SwitchEmulator;

/**
 * The switch emulator inside the application, for the embedded default and the tests
 * (onenumber.switch.embedded=true): it listens on loopback at onenumber.switch.port, where the
 * connection factory and the event subscription look for the switch.
 */
@Singleton
@Startup
public class EmbeddedSwitch {

    private static final Logger LOG = Logger.getLogger(EmbeddedSwitch.class.getName());

    @Inject
    @ConfigProperty(name = "onenumber.switch.embedded", defaultValue = "false")
    boolean embedded;

    @Inject
    @ConfigProperty(name = "onenumber.switch.port")
    int port;

    @Inject
    @ConfigProperty(name = "onenumber.switch.user")
    String user;

    @Inject
    @ConfigProperty(name = "onenumber.switch.password")
    String password;

    /** 0: no admin port. Tests set one to break and drive the switch from their own process. */
    @Inject
    @ConfigProperty(name = "onenumber.switch.admin-port", defaultValue = "0")
    int adminPort;

    private SwitchEmulator emulator;
    private ServerSocket admin;

    @PostConstruct
    void start() {
        if (!embedded) {
            return;
        }
        try {
            emulator = SwitchEmulator.start(SwitchEmulator.Settings.defaults().withPort(port)
                    .withCredentials(user, password).withStreamContinuingAcrossRestarts());
            LOG.info(() -> "Embedded switch emulator listening on 127.0.0.1:" + emulator.port());
            if (adminPort > 0) {
                admin = new AdminConsole(emulator).listen(adminPort);
                LOG.info(() -> "Embedded switch emulator admin console on 127.0.0.1:" + adminPort);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded switch emulator on port " + port, e);
        }
    }

    @PreDestroy
    void stop() {
        try {
            if (admin != null) {
                admin.close();
            }
        } catch (IOException e) {
            LOG.fine(() -> "Closing the admin console: " + e.getMessage());
        }
        if (emulator != null) {
            emulator.close();
        }
    }
}
