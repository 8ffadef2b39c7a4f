package org.onenumber.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
        try {
            launch(importId, account);
        } catch (RuntimeException e) {
            ledger.notStarted(importId);
            throw e;
        }
        return importId;
    }

    /**
     * Goes on with an import that an execution left unfinished (its instance killed or stopped, its lease lapsed): a
     * new execution adds the rows that have no outcome yet. False when another instance took it first.
     */
    @RolesAllowed(Role.SYSTEM)
    public boolean resume(long importId) {
        UserImport userImport = em.find(UserImport.class, importId);
        if (userImport == null || userImport.isFinished() || !ledger.reserveStalled(importId)) {
            return false;
        }
        launch(importId, em.find(Account.class, userImport.getAccountId()));
        return true;
    }

    private static void launch(long importId, Account account) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", String.valueOf(importId));
        parameters.setProperty("accountId", String.valueOf(account.getId()));
        parameters.setProperty("carrierId", String.valueOf(account.getCarrier().getId()));
        parameters.setProperty("chunkItems", String.valueOf(CHUNK));
        BatchRuntime.getJobOperator().start(JOB, parameters);
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
     * Adds a chunk's rows, for the execution that holds the import: together in a transaction of their own; when one
     * of them is refused now (its extension taken meanwhile), each row in a transaction of its own, so that the
     * refusal leaves the others. Each transaction records its rows' outcomes and the progress with the users it adds
     * ({@link UserImportAdder}). An execution that no longer holds the import stops here ({@link UserImportAdder.TakenOver}).
     */
    @RolesAllowed(Role.SYSTEM)
    public void add(long importId, long execution, long accountId, List<Long> rowIds) {
        try {
            // the rows passed the check: as a rule all of them are added, and in one commit
            adder.addAll(importId, execution, accountId, rowIds);
            return;
        } catch (UserImportAdder.TakenOver e) {
            throw e;
        } catch (RuntimeException e) {
            // one was refused after all (taken meanwhile): nothing of the chunk was added; each row on its own now
        }
        for (long rowId : rowIds) {
            try {
                adder.add(importId, execution, accountId, rowId);
            } catch (UserImportAdder.TakenOver e) {
                throw e;
            } catch (RuntimeException e) {
                BusinessException refusal = business(e);
                if (refusal == null) {
                    LOG.log(Level.WARNING, "Import " + importId + ": row " + rowId + " was not added", e);
                }
                adder.refuse(importId, execution, rowId, refusal == null
                        ? "Not added: the server failed on this row; import it again later." : refusal.getMessage());
            }
        }
    }

    /**
     * The execution's job ended: the import is complete when every row has its outcome, failed otherwise. Nothing
     * changes when another execution holds the import (this one lost it, or never got it).
     */
    @RolesAllowed(Role.SYSTEM)
    public void finished(long importId, long execution, boolean completed) {
        // locked: a reservation for a new execution cannot come between the check of the runner and the end
        UserImport userImport = em.find(UserImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (userImport != null && !userImport.isFinished() && Long.valueOf(execution).equals(runner(importId))) {
            // complete only when every row has its outcome, whatever status the job ended with
            long open = em.createQuery("select count(r) from UserImportRow r where r.importId = :import"
                    + " and r.outcome is null", Long.class).setParameter("import", importId).getSingleResult();
            userImport.finished(completed && open == 0);
        }
    }

    private Long runner(long importId) {
        List<?> runner = em.createNativeQuery("select runner from user_import where id = ?").setParameter(1, importId)
                .getResultList();
        return runner.isEmpty() || runner.get(0) == null ? null : ((Number) runner.get(0)).longValue();
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
