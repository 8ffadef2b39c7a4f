package org.onenumber.switching.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.onenumber.switching.entity.SwitchCommand;

/**
 * The dispatcher's short transactions on the outbox. A command is claimed by a conditional update
 * (a lease, not a held lock), so several instances sharing one database never send the same command
 * at once, on H2 and PostgreSQL alike; a lease left by a crashed instance runs out and the command is
 * sent again, which versioning makes harmless.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    @PersistenceContext
    EntityManager em;

    /**
     * Due commands, oldest first, each the highest pending version of its target: each command carries the
     * whole desired state, so a burst of changes to one target is one exchange with the switch, and versions
     * reach the switch in the order they were committed (ids, taken from per-instance blocks, need not be).
     */
    public List<Long> due(int max) {
        List<?> ids = em.createNativeQuery("select c.id from switch_command c where c.status = 'PENDING'"
                        + " and c.next_attempt_at <= ? and not exists (select 1 from switch_command o"
                        + " where o.target_key = c.target_key and o.status = 'PENDING' and o.version > c.version) order by c.id")
                .setParameter(1, LocalDateTime.now(ZoneOffset.UTC))
                .setMaxResults(max).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** True when this instance now holds the command for {@code lease}. */
    public boolean claim(long id, String instance, Duration lease) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return em.createNativeQuery("update switch_command set claimed_by = ?, claimed_until = ?"
                        + " where id = ? and status = 'PENDING' and (claimed_until is null or claimed_until < ?)")
                .setParameter(1, instance).setParameter(2, now.plus(lease)).setParameter(3, id).setParameter(4, now)
                .executeUpdate() == 1;
    }

    public SwitchCommand find(long id) {
        return em.find(SwitchCommand.class, id);
    }

    public void applied(long id) {
        SwitchCommand command = em.find(SwitchCommand.class, id);
        if (command.getStatus() != SwitchCommand.Status.PENDING) {
            release(id); // superseded meanwhile by another instance: the newer state stands
            return;
        }
        command.applied(Instant.now());
        supersedeOlder(command);
        release(id);
    }

    /** Records a failed attempt; returns the command when it is now FAILED for good, otherwise null. */
    public SwitchCommand failed(long id, String reason, boolean retryable, int budget, Duration firstPause) {
        SwitchCommand command = em.find(SwitchCommand.class, id);
        if (command.getStatus() != SwitchCommand.Status.PENDING) {
            release(id);
            return null;
        }
        command.attemptFailed(reason, retryable, Instant.now(), budget, firstPause);
        if (command.getStatus() == SwitchCommand.Status.FAILED) {
            supersedeOlder(command); // an older state must not reach the switch after a newer one was refused
        }
        release(id);
        return command.getStatus() == SwitchCommand.Status.FAILED ? command : null;
    }

    /** The switch could not be reached: the command waits, spending none of its retry budget. */
    public void unreachable(long id, String reason) {
        em.find(SwitchCommand.class, id).waitingForSwitch(reason);
        release(id);
    }

    public long pending() {
        return em.createQuery("select count(c) from SwitchCommand c where c.status = :pending", Long.class)
                .setParameter("pending", SwitchCommand.Status.PENDING).getSingleResult();
    }

    /**
     * The older pending (or failed) states of the command's target will never be sent: the newer one carried
     * them, or was refused in their place, and a retry must not bring an older state back.
     */
    private void supersedeOlder(SwitchCommand command) {
        em.createNativeQuery("update switch_command set status = 'SUPERSEDED', finished_at = ? where target_key = ?"
                        + " and status in ('PENDING', 'FAILED') and version < ?")
                .setParameter(1, LocalDateTime.now(ZoneOffset.UTC)).setParameter(2, command.getTargetKey())
                .setParameter(3, command.getVersion()).executeUpdate();
    }

    private void release(long id) {
        em.flush();
        em.createNativeQuery("update switch_command set claimed_by = null, claimed_until = null where id = ?")
                .setParameter(1, id).executeUpdate();
    }
}
