package org.onenumber.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.onenumber.security.control.PasswordChanged;

/** What security reports for the trail, recorded in the transaction of the change. */
@ApplicationScoped
public class SecurityAudit {

    @Inject
    AuditTrail audit;

    void onPasswordChanged(@Observes PasswordChanged change) {
        audit.recordFor(change.carrierId(), change.accountId(), "Login", change.loginId(), "CHANGE_PASSWORD", null, null);
    }
}
