package org.onenumber.platform.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.onenumber.platform.control.ApplicationReady;

/**
 * The run command's banner: the URLs a person opens, logged once every readiness check of the application
 * (the switch's included, which this package does not know by name) is UP, that is when /health/ready turns
 * UP, and never before. The web module's last servlet starts the watch; until then the web check is DOWN.
 */
@ApplicationScoped
public class ReadyBanner {

    private static final Logger LOG = Logger.getLogger(ReadyBanner.class.getName());
    private static final long RETRY_MILLIS = 100;

    @Inject
    @Readiness
    Instance<HealthCheck> checks;

    @Inject
    Event<ApplicationReady> applicationReady;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "onenumber.public-url", defaultValue = "http://localhost:8080/onenumber")
    String publicUrl;

    private final AtomicBoolean announced = new AtomicBoolean();
    private volatile boolean stopping;

    /** Logs the banner now if the application is ready, else as soon as it is. */
    void announceWhenReady() {
        if (stopping || announced.get()) {
            return;
        }
        if (!allUp()) {
            scheduler.schedule(this::announceWhenReady, RETRY_MILLIS, TimeUnit.MILLISECONDS);
            return;
        }
        if (announced.compareAndSet(false, true)) {
            LOG.info(() -> "\n=== OneNumber is ready ===\n"
                    + "  Admin pages:    " + publicUrl + "/admin/users.xhtml\n"
                    + "  My Phone:       " + publicUrl + "/myphone/profile.xhtml\n"
                    + "  WSDL:           " + publicUrl + "/ws/provisioning?wsdl\n"
                    + "  API reference:  " + publicUrl + "/api/\n"
                    + "  Readiness:      " + publicUrl.replaceFirst("/onenumber$", "") + "/health/ready\n");
            applicationReady.fire(new ApplicationReady());
        }
    }

    private boolean allUp() {
        for (HealthCheck check : checks) {
            if (check.call().getStatus() != HealthCheckResponse.Status.UP) {
                return false;
            }
        }
        return true;
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }
}
