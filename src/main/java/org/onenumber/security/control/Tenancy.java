package org.onenumber.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.onenumber.platform.control.NotFoundException;

/**
 * What the caller may see: its carrier and, for customer admins and end users, its one account. Another
 * tenant's account behaves as not found. Lookups of accounts, sites and users by id add the same scope to
 * their queries (account's {@code AccountScope}); services that only hold account ids check them here.
 */
@RequestScoped
public class Tenancy {

    @Inject
    Caller caller;

    @Inject
    TenantDirectory directory;

    public long carrierId() {
        return caller.carrierId();
    }

    /** The one account a customer admin or end user belongs to; null for carrier-wide callers. */
    public Long ownAccountId() {
        return caller.accountId();
    }

    /** Refuses, as not found, an account the caller may not see. */
    public void requireAccount(long accountId) {
        if (!mayAccess(ownAccountId(), carrierId(), accountId, directory.carrierOf(accountId))) {
            throw new NotFoundException("Account", accountId);
        }
    }

    /** The rule: an account of the caller's carrier, and the caller's own account when it has one. */
    public static boolean mayAccess(Long ownAccount, long ownCarrier, long accountId, long carrierOfAccount) {
        return carrierOfAccount == ownCarrier && (ownAccount == null || ownAccount == accountId);
    }
}
