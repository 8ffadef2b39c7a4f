package org.onenumber.billing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.Account;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.billing.control.Measurements;
import org.onenumber.billing.control.StatementCsv;
import org.onenumber.billing.control.TrueUp;
import org.onenumber.billing.entity.BillingStatement;
import org.onenumber.billing.entity.DailySnapshot;
import org.onenumber.platform.control.CallContext;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.platform.control.Page;
import org.onenumber.platform.control.KeysetCursor;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.security.control.Caller;
import org.onenumber.security.entity.Role;

/**
 * Billing statements per account and month: read by the carrier, support and the account's admins, made by the
 * true-up job (after month end, or on demand by the carrier or support). Every method takes the account through the
 * caller's tenancy, so another tenant's account is not found; a deleted account's statements stay its carrier's to read.
 */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER, Role.SYSTEM})
public class BillingStatements {

    public static final String JOB = "billing-true-up";
    /** How far back support may record a day the snapshot job missed. */
    public static final int RECORDABLE_DAYS = 400;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountScope tenancy;

    @Inject
    Caller caller;

    @Inject
    TrueUp trueUp;

    @Inject
    Measurements measurements;

    @Inject
    AuditTrail audit;

    @Inject
    CallContext call;

    @Inject
    Clock clock;

    /** The account's statement of the month with its lines, or null when none was made. */
    public BillingStatement get(long accountId, YearMonth month) {
        readable(accountId);
        BillingStatement statement = trueUp.find(accountId, month);
        if (statement != null) {
            statement.getLines().size();
        }
        return statement;
    }

    /** How many statements the account has: the total of {@link #list}. */
    public long count(long accountId) {
        readable(accountId);
        return em.createQuery("select count(s) from BillingStatement s where s.accountId = :account", Long.class)
                .setParameter("account", accountId).getSingleResult();
    }

    /** The account's statements, newest month first, a page at a time (lines not loaded). */
    public Page<BillingStatement> list(long accountId, PageRequest page) {
        readable(accountId);
        String after;
        try {
            after = page.afterId() == 0 ? "9999-99" : YearMonth.of((int) (page.afterId() / 100), (int) (page.afterId() % 100)).toString();
        } catch (java.time.DateTimeException e) {
            throw KeysetCursor.notOurs(); // this list never writes such a month
        }
        var rows = em.createQuery("select s from BillingStatement s where s.accountId = :account and s.month < :after"
                        + " order by s.month desc", BillingStatement.class)
                .setParameter("account", accountId).setParameter("after", after)
                .setMaxResults(page.size() + 1).getResultList();
        // the cursor is the last month shown, as yyyymm
        return Page.of(rows, page, s -> s.yearMonth().getYear() * 100L + s.yearMonth().getMonthValue());
    }

    /**
     * The account's statements are the caller's to read: through the account's tenancy while it exists; once it was
     * deleted, the carrier's (support, the carrier's back office) when the statements were made for that carrier, as
     * they are kept for it (a statement outlives its account). Not found otherwise, as another tenant's account.
     */
    private void readable(long accountId) {
        if (caller.accountId() != null || em.find(Account.class, accountId) != null) {
            tenancy.account(accountId);
            return;
        }
        if (em.createQuery("select s.id from BillingStatement s where s.accountId = :account and s.carrierId = :carrier",
                        Long.class).setParameter("account", accountId).setParameter("carrier", tenancy.carrierId())
                .setMaxResults(1).getResultList().isEmpty()) {
            throw new NotFoundException("Account", accountId);
        }
    }

    /** The statement as CSV, the page's figures; null when none was made. */
    public String csv(long accountId, YearMonth month) {
        BillingStatement statement = get(accountId, month);
        return statement == null ? null : StatementCsv.of(statement);
    }

    /**
     * Starts the true-up of {@code month} for one account, or for every account of the caller's carrier (null). A
     * closed month's statements stay as they are; a running month's are made to date.
     */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.SYSTEM})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TrueUpRun trueUp(Long accountId, YearMonth month) {
        Objects.requireNonNull(month, "month");
        TrueUp.requireBegun(month, LocalDate.now(clock));
        if (accountId != null) {
            tenancy.account(accountId);
        }
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        parameters.setProperty("carrierId", String.valueOf(tenancy.carrierId()));
        parameters.setProperty("accountId", accountId == null ? "" : accountId.toString());
        return run(BatchRuntime.getJobOperator().start(JOB, parameters));
    }

    /** A true-up run the caller may see: one its carrier started, for its account when it has one. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TrueUpRun run(long executionId) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        try {
            JobExecution execution = jobs.getJobExecution(executionId);
            Properties parameters = jobs.getParameters(executionId);
            String carrier = parameters == null ? null : parameters.getProperty("carrierId");
            String account = parameters == null ? "" : parameters.getProperty("accountId", "");
            Long own = caller.accountId();
            if (!JOB.equals(execution.getJobName()) || !String.valueOf(tenancy.carrierId()).equals(carrier)
                    || own != null && !own.toString().equals(account)) {
                throw new NotFoundException("True-up run", executionId);
            }
            return new TrueUpRun(executionId, parameters.getProperty("month"), account.isEmpty() ? null : Long.valueOf(account),
                    execution.getBatchStatus().name(), execution.getExitStatus(), execution.getStartTime(), execution.getEndTime());
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("True-up run", executionId);
        }
    }

    /**
     * Records the account's quantities as they are now as those of {@code day}, for a day the snapshot job missed
     * or measured wrongly (today's is measured again). A day of a closed month changes no statement: the next
     * statement made shows the difference as an adjustment.
     */
    @RolesAllowed({Role.SUPPORT, Role.SYSTEM})
    public DailySnapshot recordDay(long accountId, LocalDate day) {
        Account account = tenancy.account(accountId);
        LocalDate today = LocalDate.now(clock);
        if (day == null || day.isAfter(today) || day.isBefore(today.minusDays(RECORDABLE_DAYS))) {
            throw new InvalidInputException("day", "Record a day between " + today.minusDays(RECORDABLE_DAYS) + " and today.");
        }
        DailySnapshot existing = measurements.snapshot(accountId, day);
        Map<String, Object> before = existing == null ? null : existing.snapshot();
        measurements.record(account.getCarrier().getId(), measurements.now(java.util.List.of(accountId)), day, clock.instant(),
                call.principal());
        em.flush();
        DailySnapshot recorded = measurements.snapshot(accountId, day);
        audit.record(recorded, "BillingSnapshot", recorded.getId(), "RECORD", before, recorded.snapshot());
        return recorded;
    }
}
