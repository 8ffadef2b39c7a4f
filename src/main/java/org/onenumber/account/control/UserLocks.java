package org.onenumber.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.onenumber.account.entity.User;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.platform.control.TransactionMemo;

/**
 * A user's row locked until the transaction ends, so that changes of one user take turns. The row is read afresh with
 * the lock, and a user removed by a transaction this one waited for is NOT_FOUND, as for a caller who came after the
 * removal. ({@code EntityManager.lock} on a row removed meanwhile threw nothing: EclipseLink left the managed user
 * without a station, and the change went on to fail with an internal error.)
 */
@ApplicationScoped
public class UserLocks {

    @PersistenceContext
    EntityManager em;

    @Inject
    TransactionMemo memo;

    /** A user whose row this transaction has locked. */
    private record Locked(long userId) {
    }

    /**
     * Locks the user's row, refreshing the managed user; NOT_FOUND when there is none (any more). A row this
     * transaction locked already is not asked for again (an enablement locks its user, then its license share does):
     * no one else can have changed it since.
     */
    public User lock(long userId) {
        if (memo.get(new Locked(userId), Boolean.class) != null) {
            User locked = em.find(User.class, userId);
            if (locked == null) { // removed by this transaction since
                throw new NotFoundException("User", userId);
            }
            return locked;
        }
        // flushed first (AUTO), so that the refresh reads this transaction's own changes back instead of dropping them
        User locked = em.createQuery("select u from User u where u.id = :id", User.class).setParameter("id", userId)
                .setFlushMode(FlushModeType.AUTO).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.refresh", "true")
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("User", userId));
        memo.put(new Locked(userId), Boolean.TRUE);
        return locked;
    }

    /** As {@link #lock(long)}, for a user already read in this transaction. */
    public void lock(User user) {
        lock(user.getId());
    }
}
