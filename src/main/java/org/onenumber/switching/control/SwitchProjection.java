package org.onenumber.switching.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.onenumber.platform.control.InList;
import org.onenumber.platform.control.TransactionMemo;
import org.onenumber.switchadapter.wire.AccountMobility;
import org.onenumber.switchadapter.wire.ApplyAccountMobility;
import org.onenumber.switchadapter.wire.ApplyPortal;
import org.onenumber.switchadapter.wire.ApplySubscriber;
import org.onenumber.switchadapter.wire.Message;
import org.onenumber.switchadapter.wire.PortalState;
import org.onenumber.switchadapter.wire.WireCodec;
import org.onenumber.switching.entity.SwitchCommand;
import org.onenumber.switching.entity.SwitchTarget;

/**
 * Turns "this target changed" into an outbox command, in the changing transaction: it takes the target's
 * version row lock and adds one to the version, then computes the whole desired state from every
 * contributor, then writes it with that version. Because the state is read after the lock, a transaction
 * that commits later always carries a later state and a higher version, on any database and any instance;
 * either both the change and its command commit, or neither.
 */
@ApplicationScoped
public class SwitchProjection {

    @PersistenceContext
    EntityManager em;

    @Inject
    SwitchTargetRows rows;

    @Inject
    Instance<SubscriberContributor> subscriberContributors;

    @Inject
    Instance<AccountMobilityContributor> accountMobilityContributors;

    @Inject
    Instance<PortalContributor> portalContributors;

    @Inject
    Event<CommandsWritten> written;

    @Inject
    TransactionMemo memo;

    @Resource
    TransactionSynchronizationRegistry transactions;

    void onTargetChanged(@Observes TargetChanged change) {
        Together together = memo.get(TOGETHER, Together.class);
        if (together != null && together.open) {
            together.changes.merge(change.target().key(), change, (first, later) -> first); // made stays made
            return;
        }
        if (change.made()) {
            projectMade(change.target());
        } else {
            project(change.target());
        }
    }

    /**
     * Runs {@code work} and then writes the desired state of every target it changed, all together, in its
     * transaction: a target changed several times gets one command, and the stations' states are read with a few
     * queries for all of them instead of some for each (a batch document of a hundred new users, an account's every
     * station when its ring timers change). Used inside another such run, the outer one writes them. Whenever the
     * transaction may still be kept, {@code work} thrown or not (an exception that does not roll back), the targets
     * are written, so no kept change is ever missing from the outbox; one marked for rollback writes nothing.
     */
    public <T> T together(Supplier<T> work) {
        Together running = memo.get(TOGETHER, Together.class);
        if (running != null && running.open) {
            return work.get();
        }
        Together together = new Together();
        memo.put(TOGETHER, together);
        try {
            return work.get();
        } finally {
            together.open = false;
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) { // never kept otherwise: nothing to send
                projectTogether(together.changes.values());
            }
        }
    }

    /** The targets a {@link #together} run changed so far, by key, in the order first changed. */
    private static final class Together {
        final Map<String, TargetChanged> changes = new LinkedHashMap<>();
        boolean open = true;
    }

    private record TogetherKey() {
    }

    private static final TogetherKey TOGETHER = new TogetherKey();

    /** At most this many stations' states are read in one query (a parameter each). */
    static final int STATIONS_PER_QUERY = 500;

    private void projectTogether(Collection<TargetChanged> changes) {
        if (changes.isEmpty()) {
            return;
        }
        em.flush();
        List<TargetChanged> subscribers = new ArrayList<>();
        for (TargetChanged change : changes) {
            if (change.target().kind() == SwitchTarget.Kind.SUBSCRIBER) {
                subscribers.add(change);
            } else if (change.made()) {
                projectMade(change.target());
            } else {
                write(change.target(), nextVersion(change.target()), true);
            }
        }
        subscribers.sort(Comparator.comparing(change -> change.target().key())); // version rows locked in one order
        InList.chunks(subscribers, STATIONS_PER_QUERY).forEach(this::projectSubscribers);
    }

    /**
     * {@link #project} and {@link #projectMade} for many stations at once: one statement raises the version rows
     * there are (each locked until the transaction ends), one reads them, one makes the rows of the stations made
     * here, a query per contributor reads every state, the commands go in one batch and one statement collapses the
     * pending commands the new ones replace.
     */
    private void projectSubscribers(List<TargetChanged> changes) {
        List<String> keys = InList.padded(changes.stream().map(change -> change.target().key()).toList());
        String in = " where target_key in (" + InList.marks(1, keys.size()) + ")";
        InList.bind(em.createNativeQuery("update switch_target set version = version + 1" + in), 1, keys).executeUpdate();
        Map<String, Long> versions = new HashMap<>();
        for (Object row : InList.bind(em.createNativeQuery("select target_key, version from switch_target" + in), 1, keys)
                .getResultList()) {
            versions.put((String) ((Object[]) row)[0], ((Number) ((Object[]) row)[1]).longValue());
        }
        List<SwitchTarget> first = new ArrayList<>();
        List<String> collapsing = new ArrayList<>();
        Map<Long, SubscriberDraft> drafts = new LinkedHashMap<>();
        Map<SwitchTarget, Long> commands = new LinkedHashMap<>();
        for (TargetChanged change : changes) {
            SwitchTarget target = change.target();
            Long version = versions.get(target.key());
            if (version == null && change.made()) {
                first.add(target);
                version = 1L;
            } else {
                if (version == null) { // a station whose first change this is (the demo data's): as project() does
                    version = nextVersion(target);
                }
                collapsing.add(target.key());
            }
            commands.put(target, version);
            drafts.put(target.subjectId(), new SubscriberDraft());
        }
        SwitchTargetRows.insertFirst(em, first);
        subscriberContributors.forEach(contributor -> contributor.contributeStations(drafts));
        commands.forEach((target, version) -> em.persist(subscriber(target, version, drafts.get(target.subjectId()))));
        if (!collapsing.isEmpty()) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            List<String> collapsed = InList.padded(collapsing);
            InList.bind(em.createNativeQuery("update switch_command set status = 'SUPERSEDED', finished_at = ?1"
                    + " where target_key in (" + InList.marks(2, collapsed.size()) + ") and status = 'PENDING'"
                    + " and (claimed_until is null or claimed_until < ?1)"
                    + " and version < (select t.version from switch_target t where t.target_key = switch_command.target_key)"),
                    2, collapsed).setParameter(1, now).executeUpdate();
        }
        written.fire(new CommandsWritten(keys.get(0)));
    }

    /** Writes the target's desired state as it now stands; returns the version it carries. */
    public long project(SwitchTarget target) {
        em.flush();
        return write(target, nextVersion(target), true);
    }

    /**
     * The first state of a target whose subject this transaction made: its version row is written here, in this
     * transaction, at version 1 with the command. No other transaction can know the target before this one commits
     * (so none can queue on its row), and it has no older command to collapse: three statements and a transaction of
     * their own fewer than {@link #project} for every user added. A row there already is one reconciliation made for
     * an orphan the switch held under the same key (a database restored behind the switch): that one is raised as
     * {@link #project} raises it, above what the switch holds, and its commands are collapsed.
     */
    private void projectMade(SwitchTarget target) {
        em.flush();
        if (bump(target) > 0) {
            write(target, version(target), true);
            return;
        }
        SwitchTargetRows.insert(em, target, 1);
        write(target, 1, false);
    }

    private long write(SwitchTarget target, long version, boolean collapse) {
        SwitchCommand command = switch (target.kind()) {
            case SUBSCRIBER -> subscriber(target, version);
            case ACCOUNT_MOBILITY -> accountMobility(target, version);
            case PORTAL -> portal(target, version);
        };
        if (command != null) {
            em.persist(command);
            if (collapse) {
                supersedePending(target, version);
            }
            written.fire(new CommandsWritten(target.key()));
        }
        return version;
    }

    /**
     * Collapses the target's pending commands to the one just written: it carries the whole desired state, so the
     * older ones are SUPERSEDED and never sent. One in flight (claimed) is left to finish; it cannot undo the newer
     * one, which the switch applies only above its version. The target's version row lock, taken by
     * {@link #nextVersion}, keeps two writers of one target from collapsing at once.
     */
    private void supersedePending(SwitchTarget target, long version) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("update switch_command set status = 'SUPERSEDED', finished_at = ?1 where target_key = ?2"
                        + " and status = 'PENDING' and version < ?3 and (claimed_until is null or claimed_until < ?1)")
                .setParameter(1, now).setParameter(2, target.key()).setParameter(3, version).executeUpdate();
    }

    /**
     * Writes the target's desired state with a version above {@code heldVersion}, the one the switch was found to
     * hold: reconciliation's repair, which must win over whatever the switch holds (a removal of an orphan the
     * database never knew, a state the switch holds at a version the database has not reached).
     */
    public long projectAbove(SwitchTarget target, long heldVersion) {
        em.flush();
        boolean exists = !em.createNativeQuery("select version from switch_target where target_key = ?")
                .setParameter(1, target.key()).getResultList().isEmpty();
        if (!exists) {
            try {
                rows.create(target);
            } catch (RuntimeException madeMeanwhile) {
                // a concurrent first change made it
            }
        }
        raise(target, heldVersion);
        return project(target);
    }

    private int raise(SwitchTarget target, long atLeast) {
        return em.createNativeQuery("update switch_target set version = ? where target_key = ? and version < ?")
                .setParameter(1, atLeast).setParameter(2, target.key()).setParameter(3, atLeast).executeUpdate();
    }

    /** The account's Mobility settings as the database wants them on the switch; empty without the add-on. */
    public Optional<AccountMobility> desiredAccountMobility(long accountId) {
        AccountMobilityDraft draft = new AccountMobilityDraft();
        accountMobilityContributors.forEach(contributor -> contributor.contribute(accountId, draft));
        return draft.present() ? Optional.of(draft.build()) : Optional.empty();
    }

    /** {@link #desiredAccountMobility(long)} of several accounts at once; an account without settings is absent. */
    public Map<Long, AccountMobility> desiredAccountMobility(Collection<Long> accountIds) {
        Map<Long, AccountMobilityDraft> drafts = new LinkedHashMap<>();
        accountIds.forEach(id -> drafts.put(id, new AccountMobilityDraft()));
        accountMobilityContributors.forEach(contributor -> contributor.contribute(drafts));
        Map<Long, AccountMobility> settings = new HashMap<>();
        drafts.forEach((id, draft) -> {
            if (draft.present()) {
                settings.put(id, draft.build());
            }
        });
        return settings;
    }

    private SwitchCommand subscriber(SwitchTarget target, long version) {
        SubscriberDraft draft = new SubscriberDraft();
        subscriberContributors.forEach(contributor -> contributor.contributeStations(Map.of(target.subjectId(), draft)));
        return subscriber(target, version, draft);
    }

    private static SwitchCommand subscriber(SwitchTarget target, long version, SubscriberDraft draft) {
        if (!draft.present()) {
            return new SwitchCommand(target, version, SwitchCommand.Operation.REMOVE, null);
        }
        return new SwitchCommand(target, version, SwitchCommand.Operation.APPLY,
                encode(new ApplySubscriber("outbox", target.key(), version, draft.build())));
    }

    private SwitchCommand portal(SwitchTarget target, long version) {
        Optional<PortalState> state = Optional.empty();
        for (PortalContributor contributor : portalContributors) {
            state = contributor.state(target.subjectId());
            if (state.isPresent()) {
                break;
            }
        }
        return state.map(s -> new SwitchCommand(target, version, SwitchCommand.Operation.APPLY,
                        encode(new ApplyPortal("outbox", target.key(), version, s))))
                .orElseGet(() -> new SwitchCommand(target, version, SwitchCommand.Operation.REMOVE, null));
    }

    private SwitchCommand accountMobility(SwitchTarget target, long version) {
        AccountMobilityDraft draft = new AccountMobilityDraft();
        accountMobilityContributors.forEach(contributor -> contributor.contribute(target.subjectId(), draft));
        if (!draft.present()) {
            return null; // no Mobility add-on: nothing for the switch to hold
        }
        return new SwitchCommand(target, version, SwitchCommand.Operation.APPLY,
                encode(new ApplyAccountMobility("outbox", target.key(), version, draft.build())));
    }

    /**
     * Adds one to the target's version under its row lock, held until this transaction ends. A target's
     * first change makes its row first, committed on its own (see {@link SwitchTargetRows}).
     */
    private long nextVersion(SwitchTarget target) {
        if (bump(target) == 0) {
            try {
                rows.create(target);
            } catch (RuntimeException madeMeanwhile) {
                // a concurrent first change made it: the bump below queues on its lock
            }
            if (bump(target) == 0) {
                throw new IllegalStateException("No version row for switch target " + target.key());
            }
        }
        return version(target);
    }

    private long version(SwitchTarget target) {
        return ((Number) em.createNativeQuery("select version from switch_target where target_key = ?")
                .setParameter(1, target.key()).getSingleResult()).longValue();
    }

    private int bump(SwitchTarget target) {
        return em.createNativeQuery("update switch_target set version = version + 1 where target_key = ?")
                .setParameter(1, target.key()).executeUpdate();
    }

    private static String encode(Message message) {
        return new String(WireCodec.encode(message), StandardCharsets.UTF_8);
    }
}
