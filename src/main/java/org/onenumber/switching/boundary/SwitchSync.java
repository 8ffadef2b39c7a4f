package org.onenumber.switching.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.onenumber.platform.control.Page;
import org.onenumber.platform.control.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.security.control.Tenancy;
import org.onenumber.security.entity.Role;
import org.onenumber.switching.entity.SwitchCommand;
import org.onenumber.switching.entity.SwitchTarget;

/** What is not yet on the switch, and why: for the Switch sync page and the SOAP sync status. */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class SwitchSync {

    private static final List<SwitchCommand.Status> OPEN = List.of(SwitchCommand.Status.PENDING, SwitchCommand.Status.FAILED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    AuditTrail audit;

    /** Pending and failed commands of one account, newest first. */
    public List<SwitchCommand> openOfAccount(long accountId, int first, int max) {
        tenancy.requireAccount(accountId);
        return window(em.createQuery("select c from SwitchCommand c where c.accountId = :account and c.status in :open"
                + " order by c.id desc", SwitchCommand.class).setParameter("account", accountId), first, max);
    }

    public long countOpenOfAccount(long accountId) {
        tenancy.requireAccount(accountId);
        return em.createQuery("select count(c) from SwitchCommand c where c.accountId = :account and c.status in :open",
                Long.class).setParameter("account", accountId).setParameter("open", OPEN).getSingleResult();
    }

    /** The account's pending and failed commands, counted in one grouped query. */
    public OpenCommands openCountsOfAccount(long accountId) {
        tenancy.requireAccount(accountId);
        return openCounts(em.createQuery("select c.status, count(c) from SwitchCommand c where c.accountId = :account"
                + " and c.status in :open group by c.status", Object[].class).setParameter("account", accountId));
    }

    /** Pending and failed commands of every account of the carrier, for support's home page. */
    @RolesAllowed(Role.SUPPORT)
    public OpenCommands openCountsOfCarrier() {
        return openCounts(em.createQuery("select c.status, count(c) from SwitchCommand c where c.carrierId = :carrier"
                + " and c.status in :open group by c.status", Object[].class).setParameter("carrier", tenancy.carrierId()));
    }

    private static OpenCommands openCounts(TypedQuery<Object[]> byStatus) {
        long pending = 0;
        long failed = 0;
        for (Object[] row : byStatus.setParameter("open", OPEN).getResultList()) {
            if (row[0] == SwitchCommand.Status.FAILED) {
                failed = ((Number) row[1]).longValue();
            } else {
                pending = ((Number) row[1]).longValue();
            }
        }
        return new OpenCommands(pending, failed);
    }

    /** Commands of the account that a newer state of their target replaced before they were sent. */
    public long countSupersededOfAccount(long accountId) {
        tenancy.requireAccount(accountId);
        return em.createQuery("select count(c) from SwitchCommand c where c.accountId = :account and c.status = :superseded",
                Long.class).setParameter("account", accountId).setParameter("superseded", SwitchCommand.Status.SUPERSEDED)
                .getSingleResult();
    }

    @RolesAllowed(Role.SUPPORT)
    public long countSupersededOfCarrier() {
        return em.createQuery("select count(c) from SwitchCommand c where c.carrierId = :carrier and c.status = :superseded",
                Long.class).setParameter("carrier", tenancy.carrierId()).setParameter("superseded", SwitchCommand.Status.SUPERSEDED)
                .getSingleResult();
    }

    /** Pending and failed commands of every account of the carrier, for support. */
    @RolesAllowed(Role.SUPPORT)
    public List<SwitchCommand> openOfCarrier(int first, int max) {
        return window(em.createQuery("select c from SwitchCommand c where c.status in :open and c.carrierId = :carrier"
                + " order by c.id desc", SwitchCommand.class)
                .setParameter("carrier", tenancy.carrierId()), first, max);
    }

    @RolesAllowed(Role.SUPPORT)
    public long countOpenOfCarrier() {
        return em.createQuery("select count(c) from SwitchCommand c where c.status in :open and c.carrierId = :carrier",
                        Long.class)
                .setParameter("open", OPEN).setParameter("carrier", tenancy.carrierId()).getSingleResult();
    }

    /** The switch refused a command for good: the account's trail says so, with the switch's reason. */
    @RolesAllowed(Role.SYSTEM)
    public void recordFailure(long commandId) {
        SwitchCommand command = em.find(SwitchCommand.class, commandId);
        tenancy.requireAccount(command.getAccountId());
        audit.recordFor(command.getCarrierId(), command.getAccountId(), "SwitchCommand", command.getId(), "FAILED",
                null, Map.of("target", command.getTargetKey(), "version", command.getVersion(),
                        "reason", command.getLastError() == null ? "" : command.getLastError()));
    }

    /** The account's open commands (pending and failed, or of one of those statuses), oldest first, a page at a time. */
    public Page<SwitchCommand> open(long accountId, SwitchCommand.Status status, PageRequest page) {
        tenancy.requireAccount(accountId);
        return Page.of(em.createQuery("select c from SwitchCommand c where c.accountId = :account and c.status in :open"
                        + " and c.id > :after order by c.id", SwitchCommand.class)
                .setParameter("account", accountId).setParameter("open", open(status))
                .setParameter("after", page.afterId()).setMaxResults(page.size() + 1).getResultList(), page, SwitchCommand::getId);
    }

    /** How many commands {@link #open(long, SwitchCommand.Status, PageRequest)} finds in all its pages. */
    public long countOpen(long accountId, SwitchCommand.Status status) {
        tenancy.requireAccount(accountId);
        return em.createQuery("select count(c) from SwitchCommand c where c.accountId = :account and c.status in :open",
                Long.class).setParameter("account", accountId).setParameter("open", open(status)).getSingleResult();
    }

    private static List<SwitchCommand.Status> open(SwitchCommand.Status status) {
        return status == null ? OPEN : List.of(status);
    }

    /** Sends a failed command again (after the cause was dealt with). */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
    public SwitchCommand retry(long commandId) {
        SwitchCommand command = em.find(SwitchCommand.class, commandId);
        if (command == null) {
            throw new NotFoundException("Switch command", commandId);
        }
        tenancy.requireAccount(command.getAccountId());
        if (command.getStatus() != SwitchCommand.Status.FAILED) {
            throw new ConflictException(CommonError.IN_USE, null, "Only a failed command can be retried; this one is "
                    + command.getStatus() + ".");
        }
        long newer = em.createQuery("select count(c) from SwitchCommand c where c.targetKey = :key and c.version > :version",
                        Long.class)
                .setParameter("key", command.getTargetKey()).setParameter("version", command.getVersion()).getSingleResult();
        if (newer > 0) {
            throw new ConflictException(CommonError.IN_USE, null, "A newer state of " + command.getTargetKey()
                    + " was queued since; it is the one the switch gets, so this one is not sent again.");
        }
        command.retry(Instant.now());
        audit.recordFor(command.getCarrierId(), command.getAccountId(), "SwitchCommand", command.getId(), "RETRY", Map.of("status", "FAILED"), Map.of("status", "PENDING"));
        return command;
    }

    /**
     * The switch's view of one station against what the database wants (the caller resolved the station; an end user's
     * own station for My Phone).
     */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER, Role.END_USER})
    public SyncStatus ofSubscriber(long accountId, long stationId) {
        tenancy.requireAccount(accountId);
        SwitchTarget target = SwitchTarget.subscriber(tenancy.carrierId(), accountId, stationId);
        List<?> desired = em.createNativeQuery("select version from switch_target where target_key = ?")
                .setParameter(1, target.key()).getResultList();
        List<SwitchCommand> commands = em.createQuery("select c from SwitchCommand c where c.targetKey = :key"
                        + " order by c.version desc", SwitchCommand.class)
                .setParameter("key", target.key()).setMaxResults(200).getResultList();
        long applied = commands.stream().filter(c -> c.getStatus() == SwitchCommand.Status.APPLIED)
                .mapToLong(SwitchCommand::getVersion).max().orElse(0);
        long pending = commands.stream().filter(c -> c.getStatus() == SwitchCommand.Status.PENDING).count();
        String lastError = commands.stream().filter(c -> c.getVersion() > applied && c.getLastError() != null)
                .map(SwitchCommand::getLastError).findFirst().orElse(null);
        long superseded = em.createQuery("select count(c) from SwitchCommand c where c.targetKey = :key and c.status = :superseded",
                Long.class).setParameter("key", target.key()).setParameter("superseded", SwitchCommand.Status.SUPERSEDED)
                .getSingleResult();
        return new SyncStatus(target.key(), desired.isEmpty() ? 0 : ((Number) desired.get(0)).longValue(), applied,
                pending, lastError, superseded);
    }

    private List<SwitchCommand> window(TypedQuery<SwitchCommand> query, int first, int max) {
        return query.setParameter("open", OPEN).setFirstResult(first).setMaxResults(Math.min(max, 200)).getResultList();
    }
}
