package org.onenumber.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.onenumber.switching.boundary.SwitchConnections;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * UP only when this application's web module started (its SOAP servlet answers), its migrations ran,
 * its database answers and the switch connection factory is bound (the adapter RAR deployed first). Payara
 * answers /health/ready even when the WAR failed to deploy, so the run command also sets
 * {@code mp.health.default.readiness.empty.response=DOWN}: no check registered means DOWN.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    Database database;

    @Inject
    SwitchConnections switchConnections;

    @Override
    public HealthCheckResponse call() {
        boolean web = WebModuleStarted.isStarted();
        boolean db = database.isUsable();
        boolean switchFactory = switchConnections.isBound();
        return HealthCheckResponse.named("onenumber")
                .withData("webModule", web)
                .withData("database", db)
                .withData("switchConnectionFactory", switchFactory)
                .status(web && db && switchFactory)
                .build();
    }
}
