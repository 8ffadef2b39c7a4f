package org.onenumber.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * UP only when this application's web module started (its SOAP servlet answers), its migrations ran and
 * its database answers; switching adds its own check that the switch connection factory is bound.
 * Payara's /health/ready is UP whenever every registered check is UP and at least one application has
 * started, even with no check at all (it ignores {@code mp.health.default.readiness.empty.response}); so
 * no application may start before this WAR has registered its checks: the switch adapter is deployed on the
 * command line next to the WAR, not by the post-boot file (see README, Health and metrics).
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    Database database;

    @Override
    public HealthCheckResponse call() {
        boolean web = WebModuleStarted.isStarted();
        // the EJB container refuses calls while it starts: ask the database only once the web module is up
        boolean db = web && database.isUsable();
        return HealthCheckResponse.named("onenumber")
                .withData("webModule", web)
                .withData("database", db)
                .status(web && db)
                .build();
    }
}
