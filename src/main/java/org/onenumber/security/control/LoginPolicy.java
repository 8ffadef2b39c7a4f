package org.onenumber.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class LoginPolicy {

    @Inject
    @ConfigProperty(name = "onenumber.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "onenumber.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lockFor() {
        return Duration.ofMinutes(lockMinutes);
    }
}
