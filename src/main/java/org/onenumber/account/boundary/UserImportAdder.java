package org.onenumber.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.account.entity.UserImportRow;
import org.onenumber.platform.boundary.OneTransaction;
import org.onenumber.security.entity.Role;
import org.onenumber.switching.control.SwitchProjection;

/**
 * Imported rows through Add user, each with its outcome and the import's progress in the same transaction, one of its
 * own: a chunk's rows together, which commits once for all; and, when one of them is refused after all, each row alone,
 * so that the refusal rolls back that row only. A row's user and its outcome commit together or not at all, so an
 * execution that goes on after another was killed never adds a row again (it would be refused as a duplicate of
 * itself). Progress is recorded only by the execution that holds the import ({@link UserImportLedger}); one that lost it
 * rolls back and stops ({@link TakenOver}).
 */
@Stateless
@RolesAllowed(Role.SYSTEM)
public class UserImportAdder {

    /** The execution no longer holds the import: nothing of the transaction is kept, and the execution stops. */
    @ApplicationException(rollback = true)
    public static class TakenOver extends RuntimeException {

        TakenOver(long importId, long execution) {
            super("Import " + importId + " is no longer worked on by job execution " + execution
                    + ": its lease lapsed and another execution went on with it");
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Users users;

    @Inject
    UserImportLedger ledger;

    @Inject
    OneTransaction transaction;

    @Inject
    SwitchProjection projection;

    /** Adds the rows (those without an outcome yet), in order; nothing is added when one is refused. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void addAll(long importId, long execution, long accountId, List<Long> rowIds) {
        Map<Long, Long> added = new HashMap<>();
        projection.together(() -> { // the chunk's stations go to the outbox together, at its end
            for (UserImportRow row : rows(rowIds)) {
                added.put(row.getId(), users.add(accountId, row.details()).getId());
                transaction.settle(); // the rows before are not looked through again at each row's queries
            }
            return added;
        });
        // the settling let go of the rows: read again together, their outcomes written in one batch with the count
        for (UserImportRow row : rows(List.copyOf(added.keySet()))) {
            row.added(added.get(row.getId()));
        }
        progressed(importId, execution, added.size(), 0);
    }

    private List<UserImportRow> rows(List<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select r from UserImportRow r where r.id in :ids and r.outcome is null"
                + " order by r.id", UserImportRow.class).setParameter("ids", ids).getResultList();
    }

    /** Adds one row, unless it has its outcome already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void add(long importId, long execution, long accountId, long rowId) {
        UserImportRow row = em.find(UserImportRow.class, rowId);
        if (row != null && !row.isDone()) {
            row.added(users.add(accountId, row.details()).getId());
            progressed(importId, execution, 1, 0);
        }
    }

    /** Records why a row was not added. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refuse(long importId, long execution, long rowId, String why) {
        UserImportRow row = em.find(UserImportRow.class, rowId);
        if (row != null && !row.isDone()) {
            row.refused(why);
            progressed(importId, execution, 1, 1);
        }
    }

    private void progressed(long importId, long execution, int done, int failed) {
        em.flush(); // the rows' outcomes first: the import's row is taken last, and held the shortest time
        if (!ledger.progressed(importId, execution, done, failed)) {
            throw new TakenOver(importId, execution);
        }
    }
}
