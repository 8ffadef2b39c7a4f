package org.onenumber.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Reader;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.control.UserCsv;
import org.onenumber.account.control.UserImportCheck;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.UserImport;
import org.onenumber.account.entity.UserImportRow;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.security.control.Caller;
import org.onenumber.security.entity.Role;

/**
 * Users added from a CSV file: {@link #check} reports every row Add user would refuse and writes nothing; {@link #start}
 * keeps the rows that passed and hands them to the background job user-import, which adds each through
 * {@link Users#add} (so the rules are the same, checked again as each row is added) and records its outcome.
 */
@Stateless
@RolesAllowed({Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class UserImports {

    static final String JOB = "user-import";
    /** Rows whose outcomes and progress commit together. */
    static final int CHUNK = 25;

    private static final Logger LOG = Logger.getLogger(UserImports.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountScope tenancy;

    @Inject
    Caller caller;

    @Inject
    UserImportCheck importCheck;

    @Inject
    UserImportAdder adder;

    @Inject
    UserImportLedger ledger;

    /** The file's validation report; a file that is no CSV of users is refused whole (field "file"). */
    public UserImportCheck.Report check(long accountId, Reader file) {
        Account account = tenancy.account(accountId);
        List<UserCsv.Row> rows;
        try {
            rows = UserCsv.read(file);
        } catch (UserCsv.FileRefused e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        return importCheck.check(account, rows);
    }

    /**
     * Keeps the rows that passed the check and starts adding them in the background; the rows refused are kept as
     * INVALID with their complaints, for the result file ({@link UserImportLedger#keep}, committed before the job
     * starts). The import's id.
     */
    public long start(long accountId, String fileName, UserImportCheck.Report report) {
        Account account = tenancy.account(accountId);
        if (report == null || report.getGood().isEmpty()) {
            throw new InvalidInputException("file", "No row of the file can be imported.");
        }
        long importId = ledger.keep(account.getId(), caller.name(), fileName, report);
        Properties parameters = new Properties();
        parameters.setProperty("importId", String.valueOf(importId));
        parameters.setProperty("accountId", String.valueOf(account.getId()));
        parameters.setProperty("carrierId", String.valueOf(account.getCarrier().getId()));
        parameters.setProperty("chunkItems", String.valueOf(CHUNK));
        try {
            BatchRuntime.getJobOperator().start(JOB, parameters);
        } catch (RuntimeException e) {
            ledger.notStarted(importId);
            throw e;
        }
        return importId;
    }

    /** An import of an account the caller may work on. */
    public UserImport get(long importId) {
        UserImport userImport = em.find(UserImport.class, importId);
        if (userImport == null) {
            throw new NotFoundException("Import", importId);
        }
        tenancy.account(userImport.getAccountId());
        em.refresh(userImport);
        return userImport;
    }

    /** Every row of the import in file order, with its outcome once the job reached it. */
    public List<UserImportRow> rows(long importId) {
        get(importId);
        return em.createQuery("select r from UserImportRow r where r.importId = :import order by r.line", UserImportRow.class)
                .setParameter("import", importId).getResultList();
    }

    // --- the job's part ---------------------------------------------------------------------------------------

    /** The next rows the job has not added yet, by id. */
    @RolesAllowed(Role.SYSTEM)
    public List<Long> pending(long importId, long afterId, int max) {
        return em.createQuery("select r.id from UserImportRow r where r.importId = :import and r.outcome is null"
                        + " and r.id > :after order by r.id", Long.class)
                .setParameter("import", importId).setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /**
     * Adds a chunk's rows in a transaction of their own; when one of them is refused now (its extension taken meanwhile),
     * each row in a transaction of its own, so that the refusal leaves the others. The outcomes and the progress
     * commit with the chunk.
     */
    @RolesAllowed(Role.SYSTEM)
    public void add(long importId, long accountId, List<Long> rowIds) {
        List<UserImportRow> rows = em.createQuery("select r from UserImportRow r where r.id in :ids order by r.id",
                UserImportRow.class).setParameter("ids", rowIds).getResultList();
        List<UserImportRow> open = rows.stream().filter(r -> !r.isDone()).toList();
        try {
            // the rows passed the check: as a rule all of them are added, and in one commit
            List<Long> ids = adder.addAll(accountId, open.stream().map(UserImportRow::details).toList());
            for (int i = 0; i < open.size(); i++) {
                open.get(i).added(ids.get(i));
            }
            em.find(UserImport.class, importId).progressed(rows.size(), 0);
            return;
        } catch (RuntimeException e) {
            // one was refused after all (taken meanwhile): nothing of the chunk was added; each row on its own now
        }
        int failed = 0;
        for (UserImportRow row : open) {
            try {
                row.added(adder.add(accountId, row.details()));
            } catch (RuntimeException e) {
                BusinessException refusal = business(e);
                if (refusal == null) {
                    LOG.log(Level.WARNING, "Import " + importId + ": row " + row.getLine() + " was not added", e);
                }
                row.refused(refusal == null ? "Not added: the server failed on this row; import it again later."
                        : refusal.getMessage());
                failed++;
            }
        }
        em.find(UserImport.class, importId).progressed(rows.size(), failed);
    }

    @RolesAllowed(Role.SYSTEM)
    public void finished(long importId, boolean completed) {
        UserImport userImport = em.find(UserImport.class, importId);
        if (userImport != null && !userImport.isFinished()) {
            // complete only when every row has its outcome, whatever status the job ended with
            long open = em.createQuery("select count(r) from UserImportRow r where r.importId = :import"
                    + " and r.outcome is null", Long.class).setParameter("import", importId).getSingleResult();
            userImport.finished(completed && open == 0);
        }
    }

    private static BusinessException business(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessException b) {
                return b;
            }
        }
        return null;
    }
}
