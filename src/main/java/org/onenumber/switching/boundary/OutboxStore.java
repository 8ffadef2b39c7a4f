package org.onenumber.switching.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onenumber.platform.control.InList;
import org.onenumber.platform.control.SqlDialect;
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

    @Inject
    SqlDialect dialect;

    @Inject
    @ConfigProperty(name = "onenumber.switch.retry-budget", defaultValue = "8")
    int retryBudget;

    @Inject
    @ConfigProperty(name = "onenumber.switch.retry-pause-millis", defaultValue = "1000")
    long retryPauseMillis;

    /**
     * Claims up to {@code max} due commands for this round in one statement and returns them, oldest first. Each
     * is the highest pending version of its target (older ones are superseded as soon as a newer one is written,
     * {@link org.onenumber.switching.control.SwitchProjection}), and no target has a command in flight elsewhere,
     * so a target's versions reach the switch one after another, in the order they were committed (ids, taken
     * from per-instance blocks, need not be). On PostgreSQL the pick skips rows another instance is claiming
     * ({@code for update skip locked}); on both databases the claim re-checks its conditions, so two instances
     * never hold the same command. Targets in {@code settling} wait for a later round.
     */
    public List<SwitchCommand> claimDue(int max, String round, Duration lease, Set<String> settling) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<String> skipped = List.copyOf(settling);
        List<String> notIn = skipped.isEmpty() ? List.of() : InList.padded(skipped);
        Query pick = em.createNativeQuery(pickSql(max, notIn.size(), dialect.postgres())).setParameter(1, now);
        InList.bind(pick, 2, notIn);
        List<?> picked = pick.getResultList();
        if (picked.isEmpty()) {
            return List.of();
        }
        List<Long> ids = InList.padded(picked.stream().map(id -> ((Number) id).longValue()).toList());
        InList.bind(em.createNativeQuery("update switch_command set claimed_by = ?1, claimed_until = ?2 where id in ("
                        + InList.marks(4, ids.size()) + ") and status = 'PENDING' and (claimed_until is null or claimed_until < ?3)")
                .setParameter(1, round).setParameter(2, now.plus(lease)).setParameter(3, now), 4, ids).executeUpdate();
        // by id, then by claim: no statement of a round reads the outbox's whole history
        @SuppressWarnings("unchecked")
        List<SwitchCommand> claimed = InList.bind(em.createNativeQuery("select * from switch_command where id in ("
                + InList.marks(2, ids.size()) + ") and claimed_by = ?1 order by id", SwitchCommand.class)
                .setParameter(1, round), 2, ids).getResultList();
        return claimed;
    }

    /**
     * The ids of up to {@code max} due commands, oldest first: each the newest pending version of its target, none of
     * a target with a command in flight (claimed until after ?1, the time now), none of the {@code settling} targets
     * (parameters ?2 on). One pass over the pending commands, each seen with its target's newest pending version and
     * whether one of the target's is in flight: a correlated "no newer or claimed command of the same target" went
     * through every pending command for each pending command, as PostgreSQL, whose statistics seldom see a pending
     * row, planned it (0.7 s a round with 1,500 pending and 4.5 s with 5,000, the backlog after a switch outage; 10 ms
     * this way). On PostgreSQL they are then locked by id, skipping those another instance is claiming; the claim
     * checks again that each is still pending and unclaimed.
     */
    static String pickSql(int max, int settling, boolean postgres) {
        String notSettling = settling == 0 ? "" : " and c.target_key not in (" + InList.marks(2, settling) + ")";
        String due = "select p.id from (select c.id, c.version, c.next_attempt_at, c.claimed_until,"
                + " max(c.version) over (partition by c.target_key) newest,"
                + " max(case when c.claimed_until >= ?1 then 1 else 0 end) over (partition by c.target_key) busy"
                + " from switch_command c where c.status = 'PENDING'" + notSettling + ") p"
                + " where p.version = p.newest and p.busy = 0 and p.next_attempt_at <= ?1"
                + " and (p.claimed_until is null or p.claimed_until < ?1) order by p.id fetch first " + max + " rows only";
        return postgres ? "select c.id from switch_command c where c.id in (" + due + ") order by c.id for update of c skip locked"
                : due;
    }

    /** What became of one command of a round. */
    public sealed interface Outcome {
        long id();

        record Applied(long id) implements Outcome { }

        /** The switch refused it, or its stored state could not be read ({@code retryable} false). */
        record Refused(long id, String reason, boolean retryable) implements Outcome { }

        /** The switch could not be reached: the command waits, spending none of its retry budget. */
        record Unreachable(long id, String reason) implements Outcome { }
    }

    /**
     * Records a round's outcomes in one transaction and releases its claims; returns the commands now FAILED for
     * good. A command no longer pending (superseded meanwhile, here or on another instance) keeps its status: the
     * newer state stands.
     */
    public List<SwitchCommand> record(String round, List<Outcome> outcomes) {
        LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC);
        List<Long> applied = outcomes.stream().filter(o -> o instanceof Outcome.Applied).map(Outcome::id).toList();
        if (!applied.isEmpty()) {
            // all of a round's applied commands in three statements: each marked APPLIED while still pending and still
            // this round's, their targets read, then the older pending or failed states of those targets superseded
            List<Long> ids = InList.padded(applied);
            InList.bind(em.createNativeQuery("update switch_command set status = 'APPLIED', attempts = attempts + 1, last_error = null,"
                            + " finished_at = ?1 where claimed_by = ?2 and status = 'PENDING' and id in (" + InList.marks(3, ids.size()) + ")")
                    .setParameter(1, at).setParameter(2, round), 3, ids).executeUpdate();
            // by the targets' keys: a condition on the applied ids checked once for every pending row cost a round
            // the number of pending commands times its own size
            @SuppressWarnings("unchecked")
            List<String> keys = InList.bind(em.createNativeQuery("select distinct target_key from switch_command"
                    + " where id in (" + InList.marks(1, ids.size()) + ")"), 1, ids).getResultList();
            if (!keys.isEmpty()) { // none when the commands went with their account since
                List<String> targets = InList.padded(keys);
                InList.bind(em.createNativeQuery("update switch_command o set status = 'SUPERSEDED', finished_at = ?1"
                                + " where o.target_key in (" + InList.marks(3, targets.size()) + ") and o.status in ('PENDING', 'FAILED')"
                                + " and exists (select 1 from switch_command n where n.target_key = o.target_key"
                                + " and n.claimed_by = ?2 and n.status = 'APPLIED' and n.version > o.version)")
                        .setParameter(1, at).setParameter(2, round), 3, targets).executeUpdate();
            }
        }
        List<SwitchCommand> failed = new ArrayList<>();
        Instant now = Instant.now();
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Applied) {
                continue;
            }
            SwitchCommand command = em.find(SwitchCommand.class, outcome.id());
            if (command == null || command.getStatus() != SwitchCommand.Status.PENDING) {
                continue;
            }
            if (outcome instanceof Outcome.Refused refused) {
                command.attemptFailed(refused.reason(), refused.retryable(), now, retryBudget, retryPause());
                if (command.getStatus() == SwitchCommand.Status.FAILED) {
                    supersedeOlder(command); // an older state must not reach the switch after a newer one was refused
                    failed.add(command);
                }
            } else if (outcome instanceof Outcome.Unreachable unreachable) {
                command.waitingForSwitch(unreachable.reason());
            }
        }
        em.flush();
        releaseClaims(round, outcomes.stream().map(Outcome::id).toList());
        return failed;
    }

    /**
     * Releases a round's claims on {@code ids} without recording anything: the commands are due again at once. For a
     * round whose outcomes could not be recorded; sent again, a state the switch holds already is answered as stale.
     */
    public void release(String round, List<Long> ids) {
        releaseClaims(round, ids);
    }

    private void releaseClaims(String round, List<Long> claimed) {
        if (claimed.isEmpty()) {
            return;
        }
        List<Long> ids = InList.padded(claimed);
        InList.bind(em.createNativeQuery("update switch_command set claimed_by = null, claimed_until = null where id in ("
                        + InList.marks(2, ids.size()) + ") and claimed_by = ?1")
                .setParameter(1, round), 2, ids).executeUpdate();
    }

    /**
     * A round's ids are parameters, padded ({@link InList}): written into the statement, each round's statements were
     * texts never seen before, which H2 parsed and PostgreSQL parsed and planned anew every round, and which pushed the
     * statements every request repeats out of the caches of parsed statements.
     */
    /**
     * Sends again, to a switch that holds nothing, what an earlier one held: the latest state of every target, where
     * that state was applied before {@code before} and sets something (a removal leaves nothing to send), is pending
     * again, due at once, its attempts and error cleared. One statement. A target whose latest state is pending is sent
     * anyway; one whose latest state failed keeps it, for a person to retry (that state carries everything). Returns
     * how many states were re-opened.
     */
    public int reopenAppliedBefore(Instant before) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return em.createNativeQuery("update switch_command c set status = 'PENDING', attempts = 0, next_attempt_at = ?1,"
                        + " finished_at = null, last_error = null, claimed_by = null, claimed_until = null"
                        + " where c.status = 'APPLIED' and c.operation = 'APPLY' and c.finished_at < ?2"
                        + " and not exists (select 1 from switch_command n where n.target_key = c.target_key and n.version > c.version)")
                .setParameter(1, now).setParameter(2, LocalDateTime.ofInstant(before, ZoneOffset.UTC)).executeUpdate();
    }

    public long pending() {
        return em.createQuery("select count(c) from SwitchCommand c where c.status = :pending", Long.class)
                .setParameter("pending", SwitchCommand.Status.PENDING).getSingleResult();
    }

    private Duration retryPause() {
        return Duration.ofMillis(retryPauseMillis);
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
}
