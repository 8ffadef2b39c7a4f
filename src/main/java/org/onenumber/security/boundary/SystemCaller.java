package org.onenumber.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Supplier;
import org.onenumber.platform.control.CallContext;
import org.onenumber.platform.control.Channel;
import org.onenumber.security.control.Caller;
import org.onenumber.security.entity.Login;
import org.onenumber.security.entity.Role;

/**
 * Lets background work (batch jobs, message-driven beans, dispatchers) call the same boundaries people do,
 * as a named system principal scoped to the tenant it works on, with channel BATCH or SWITCH: the boundaries
 * admit role SYSTEM, tenancy scopes it like a customer admin (or, without an account, like support), and the
 * audit trail records its name and channel like any caller's. Each call runs in a request context of its own.
 */
@Stateless
@PermitAll
@RunAs(Role.SYSTEM)
public class SystemCaller {

    /** Who acts: a name for the trail ("switch-dispatcher", "license-reconciliation"), the tenant, the channel. */
    public record Principal(String name, long carrierId, Long accountId, Channel channel) {
    }

    @Inject
    RequestContextController requestContext;

    @Inject
    Caller caller;

    @Inject
    CallContext call;

    public <T> T run(Principal who, Supplier<T> work) {
        boolean activated = requestContext.activate();
        // in a request that was already active (a person's, a message-driven bean's), the caller it had comes back
        Login callerBefore = caller.actAsSystem(who.name(), who.carrierId(), who.accountId());
        CallContext.State callBefore = call.enterAsSystem(who.name(), who.channel(), UUID.randomUUID().toString());
        try {
            return work.get();
        } finally {
            if (activated) {
                requestContext.deactivate();
            } else {
                caller.restore(callerBefore);
                call.restore(callBefore);
            }
        }
    }
}
