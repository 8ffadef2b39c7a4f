package org.onenumber.switching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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

    void onTargetChanged(@Observes TargetChanged change) {
        if (change.made()) {
            projectMade(change.target());
        } else {
            project(change.target());
        }
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
        subscriberContributors.forEach(contributor -> contributor.contribute(target.subjectId(), draft));
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
