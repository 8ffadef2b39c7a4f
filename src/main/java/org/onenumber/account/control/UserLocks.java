package org.onenumber.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.onenumber.account.entity.User;
import org.onenumber.platform.control.NotFoundException;

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

    /** Locks the user's row, refreshing the managed user; NOT_FOUND when there is none (any more). */
    public User lock(long userId) {
        return em.createQuery("select u from User u where u.id = :id", User.class).setParameter("id", userId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint("eclipselink.refresh", "true")
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("User", userId));
    }

    /** As {@link #lock(long)}, for a user already read in this transaction. */
    public void lock(User user) {
        lock(user.getId());
    }
}
