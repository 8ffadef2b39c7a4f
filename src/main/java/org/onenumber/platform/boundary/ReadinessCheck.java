package org.onenumber.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.onenumber.switching.boundary.SwitchConnections;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * UP only when this application deployed, its migrations ran, its database answers and the switch
 * connection factory is bound (the adapter RAR deployed first). Payara
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
        return HealthCheckResponse.named("onenumber")
                .withData("database", database.isUsable())
                .withData("switchConnectionFactory", switchConnections.isBound())
                .status(database.isUsable() && switchConnections.isBound())
                .build();
    }
}
