package org.onenumber.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.onenumber.account.control.AccountRemoving;
import org.onenumber.account.entity.Account;
import org.onenumber.billing.entity.AccountEnd;
import org.onenumber.platform.control.CallContext;

/**
 * Keeps what billing needs of an account that is deleted, in the deletion's transaction: its carrier, its name and the
 * UTC day (the snapshots' days), so that the true-ups of the months up to that day bill it, and no day after it.
 */
@ApplicationScoped
public class AccountEnds {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallContext call;

    @Inject
    Clock clock;

    void onAccountRemoving(@Observes AccountRemoving removal) {
        Account account = removal.account();
        Instant now = clock.instant();
        em.persist(new AccountEnd(account.getId(), account.getCarrier().getId(), account.getName(), now,
                LocalDate.ofInstant(now, ZoneOffset.UTC), call.principal()));
    }
}
