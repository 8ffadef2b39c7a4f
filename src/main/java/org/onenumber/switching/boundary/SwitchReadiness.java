package org.onenumber.switching.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the switch connection factory is bound: the adapter RAR must deploy before the WAR, and a
 * WAR that missed it would otherwise answer 404s while Payara reports it running.
 */
@Readiness
@ApplicationScoped
public class SwitchReadiness implements HealthCheck {

    @Inject
    SwitchConnections switchConnections;

    @Override
    public HealthCheckResponse call() {
        boolean bound = switchConnections.isBound();
        return HealthCheckResponse.named("switch").withData("switchConnectionFactory", bound).status(bound).build();
    }
}
