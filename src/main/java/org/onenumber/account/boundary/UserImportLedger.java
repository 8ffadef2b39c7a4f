package org.onenumber.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.account.control.UserImportCheck;
import org.onenumber.account.entity.UserImport;
import org.onenumber.account.entity.UserImportRow;
import org.onenumber.security.entity.Role;

/**
 * An import and its rows, committed before its job starts: the job reads them in transactions of its own, and one
 * started inside the transaction that wrote them could find none (the step then ended at once, with nothing added).
 * License reconciliation commits its run the same way ({@code RunLedger.create}).
 */
@Stateless
@RolesAllowed({Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class UserImportLedger {

    @PersistenceContext
    EntityManager em;

    /**
     * Keeps the rows that passed the check, to be added, and the rows refused as INVALID with their complaints (a
     * row's complaints in one text), for the result file; committed on return. The import's id.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long keep(long accountId, String startedBy, String fileName, UserImportCheck.Report report) {
        UserImport userImport = new UserImport(accountId, startedBy, fileName, report.getGood().size());
        em.persist(userImport);
        em.flush();
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
}
