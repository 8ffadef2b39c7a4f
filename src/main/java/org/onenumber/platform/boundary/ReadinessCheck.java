package org.onenumber.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * UP only when this application's web module started (its SOAP servlet answers), its migrations ran and
 * its database answers; switching adds its own check that the switch connection factory is bound. Payara
 * answers /health/ready even when the WAR failed to deploy, so the run command also sets
 * {@code mp.health.default.readiness.empty.response=DOWN}: no check registered means DOWN.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    Database database;

    @Override
    public HealthCheckResponse call() {
        boolean web = WebModuleStarted.isStarted();
        boolean db = database.isUsable();
        return HealthCheckResponse.named("onenumber")
                .withData("webModule", web)
                .withData("database", db)
                .status(web && db)
                .build();
    }
}
