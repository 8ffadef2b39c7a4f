package org.onenumber.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onenumber.account.control.UserImportCheck;
import org.onenumber.account.entity.UserImport;
import org.onenumber.account.entity.UserImportRow;
import org.onenumber.security.entity.Role;

/**
 * An import and its rows, committed before its job starts: the job reads them in transactions of its own, and one
 * started inside the transaction that wrote them could find none (the step then ended at once, with nothing added).
 * License reconciliation commits its run the same way ({@code RunLedger.create}).
 * <p>
 * Which job execution works on an import: the one that claimed it ({@code runner}), while its lease lasts. The lease is
 * renewed with each chunk of rows ({@link UserImportAdder}); an import whose instance was killed or stopped keeps it
 * until it lapses (the database's clock is not used: every instance's own, in UTC, as license reconciliation's lock),
 * and is then resumed by a new execution on any instance ({@link UserImportSchedule}). Each statement here is a
 * transaction of its own, so that a claim or a release is seen by every instance at once.
 */
@Stateless
@RolesAllowed({Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class UserImportLedger {

    @PersistenceContext
    EntityManager em;

    /** How long an execution's claim lasts without a chunk committed; an instance that died gives its imports up then. */
    @Inject
    @ConfigProperty(name = "onenumber.import.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    /**
     * Keeps the rows that passed the check, to be added, and the rows refused as INVALID with their complaints (a
     * row's complaints in one text), for the result file; committed on return. The import's id.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long keep(long accountId, String startedBy, String fileName, UserImportCheck.Report report) {
        UserImport userImport = new UserImport(accountId, startedBy, fileName, report.getGood().size());
        em.persist(userImport);
        em.flush();
        reserve(userImport.getId()); // for the execution about to start: resumed elsewhere only if it never does
        // copies: the report stays the page's, to be imported again should this fail
        List<UserImportRow> rows = new ArrayList<>(report.getGood().stream()
                .map(r -> new UserImportRow(r.getLine(), r.details())).toList());
        Map<Integer, String> refused = new LinkedHashMap<>();
        for (UserImportCheck.Complaint c : report.getComplaints()) {
            refused.merge(c.getRow(), c.getColumn() + ": " + c.getMessage(), (a, b) -> a + " " + b);
        }
        refused.forEach((line, why) -> rows.add(UserImportRow.invalid(line, why)));
        for (UserImportRow row : rows) {
            row.belongTo(userImport.getId());
            em.persist(row);
        }
        return userImport.getId();
    }

    /** The job could not be started: the import ends FAILED, its rows kept, rather than waiting for ever. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void notStarted(long importId) {
        UserImport userImport = em.find(UserImport.class, importId);
        if (userImport != null && !userImport.isFinished()) {
            userImport.finished(false);
        }
    }

    /**
     * The execution takes the import: it was reserved for a new execution, or its own, or its lease lapsed. False when
     * another execution holds it (the caller then does nothing) or the import is finished.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Role.SYSTEM)
    public boolean claim(long importId, long execution) {
        LocalDateTime now = now();
        return em.createNativeQuery("update user_import set runner = ?, lease_until = ? where id = ?"
                        + " and status in ('QUEUED', 'RUNNING') and (runner is null or runner = ? or lease_until < ?)")
                .setParameter(1, execution).setParameter(2, now.plus(lease())).setParameter(3, importId)
                .setParameter(4, execution).setParameter(5, now)
                .executeUpdate() == 1;
    }

    /**
     * Progress of the execution that holds the import, in the transaction that added the rows (the rows' outcomes, the
     * users and the counts commit together), its lease renewed. False when it no longer holds it: its lease lapsed and
     * the import went to another execution, which adds the rows from now on; the caller must roll back.
     */
    @RolesAllowed(Role.SYSTEM)
    public boolean progressed(long importId, long execution, int done, int failed) {
        return em.createNativeQuery("update user_import set done_rows = done_rows + ?, failed_rows = failed_rows + ?,"
                        + " status = 'RUNNING', lease_until = ? where id = ? and runner = ?")
                .setParameter(1, done).setParameter(2, failed).setParameter(3, now().plus(lease()))
                .setParameter(4, importId).setParameter(5, execution)
                .executeUpdate() == 1;
    }

    /**
     * Imports not finished whose execution's lease lapsed: their instance died or stopped while adding them. Not those
     * without a lease: a version before leases started them, and may still be adding them (during a rolling update);
     * it committed users apart from their rows' outcomes, so going on with its imports could add a row twice.
     */
    @RolesAllowed(Role.SYSTEM)
    public List<Long> stalled() {
        List<?> ids = em.createNativeQuery("select id from user_import where status in ('QUEUED', 'RUNNING')"
                        + " and lease_until < ? order by id")
                .setParameter(1, now()).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Reserves a stalled import for a new execution, the one the caller starts next: true for the one instance whose
     * reservation took it. The execution that held it, should it still be alive after all, can no longer record
     * progress and stops.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Role.SYSTEM)
    public boolean reserveStalled(long importId) {
        LocalDateTime now = now();
        return em.createNativeQuery("update user_import set runner = null, lease_until = ? where id = ?"
                        + " and status in ('QUEUED', 'RUNNING') and lease_until < ?")
                .setParameter(1, now.plus(lease())).setParameter(2, importId).setParameter(3, now)
                .executeUpdate() == 1;
    }

    /**
     * The execution stops before the import is done (its instance is stopping): its lease ends now, so that the next
     * start, or another instance, goes on with it without waiting for the lease to lapse.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Role.SYSTEM)
    public void release(long importId, long execution) {
        em.createNativeQuery("update user_import set lease_until = ? where id = ? and runner = ?")
                .setParameter(1, now().minusSeconds(1)).setParameter(2, importId).setParameter(3, execution)
                .executeUpdate();
    }

    private void reserve(long importId) {
        em.createNativeQuery("update user_import set runner = null, lease_until = ? where id = ?")
                .setParameter(1, now().plus(lease())).setParameter(2, importId).executeUpdate();
    }

    private Duration lease() {
        return Duration.ofSeconds(Math.max(5, leaseSeconds));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
