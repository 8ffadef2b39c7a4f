package org.onenumber.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.billing.entity.BillingStatement;
import org.onenumber.billing.entity.LineFigures;
import org.onenumber.billing.entity.StatementLine;
import org.onenumber.platform.control.CallContext;
import org.onenumber.platform.control.InvalidInputException;

/**
 * One account's true-up for one month (an account deleted since is billed by the name and carrier billing kept of
 * it): a closed statement is returned as it is; otherwise the month is counted again from its snapshots and toll
 * calls, with adjustments for earlier closed months whose data changed since, and the statement is made (closed
 * when the month is over). Audited with the caller's principal and channel.
 */
@ApplicationScoped
public class TrueUp {

    @PersistenceContext
    EntityManager em;

    @Inject
    Measurements measurements;

    @Inject
    AuditTrail audit;

    @Inject
    CallContext call;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "onenumber.billing.correction-months", defaultValue = "3")
    int correctionMonths;

    /** The statement, or null when the account had nothing to bill in the month and has no statement. */
    public BillingStatement produce(long accountId, long carrierId, String accountName, YearMonth month) {
        LocalDate today = LocalDate.now(clock);
        requireBegun(month, today);
        BillingStatement statement = find(accountId, month);
        if (statement != null && statement.isClosed()) {
            return statement;
        }
        boolean close = month.isBefore(YearMonth.from(today));
        MonthTally tally = measurements.tally(accountId, month, close ? month.atEndOfMonth() : today);
        List<LineFigures> adjustments = corrections(accountId, month);
        if (statement == null && tally.isEmpty() && adjustments.isEmpty()) {
            return null;
        }
        List<LineFigures> lines = new ArrayList<>(tally.figures());
        lines.addAll(adjustments);
        Map<String, Object> before = statement == null ? null : statement.snapshot();
        if (statement == null) {
            statement = new BillingStatement(carrierId, accountId, accountName, month);
            em.persist(statement);
        }
        statement.produce(tally.days(), lines, close, clock.instant(), call.principal());
        em.flush();
        audit.record(statement, "BillingStatement", statement.getId(), close ? "CLOSE" : "PRODUCE", before, statement.snapshot());
        return statement;
    }

    public static void requireBegun(YearMonth month, LocalDate today) {
        if (month.isAfter(YearMonth.from(today))) {
            throw new InvalidInputException("month", month + " has not begun.");
        }
    }

    public BillingStatement find(long accountId, YearMonth month) {
        return em.createQuery("select s from BillingStatement s where s.accountId = :account and s.month = :month",
                        BillingStatement.class)
                .setParameter("account", accountId).setParameter("month", month.toString())
                .getResultStream().findFirst().orElse(null);
    }

    /** Adjustments for the closed months within the correction window before {@code month}. */
    List<LineFigures> corrections(long accountId, YearMonth month) {
        if (correctionMonths < 1) {
            return List.of();
        }
        List<BillingStatement> closed = em.createQuery("select s from BillingStatement s where s.accountId = :account"
                        + " and s.status = :closed and s.month >= :from and s.month < :to order by s.month", BillingStatement.class)
                .setParameter("account", accountId).setParameter("closed", BillingStatement.Status.CLOSED)
                .setParameter("from", month.minusMonths(correctionMonths).toString()).setParameter("to", month.toString())
                .getResultList();
        List<LineFigures> adjustments = new ArrayList<>();
        for (BillingStatement earlier : closed) {
            List<LineFigures> billed = new ArrayList<>();
            earlier.getLines().stream().filter(l -> l.getKind() != StatementLine.Kind.ADJUSTMENT)
                    .forEach(l -> billed.add(l.figures()));
            closed.stream().filter(later -> later.getMonth().compareTo(earlier.getMonth()) > 0)
                    .flatMap(later -> later.getLines().stream())
                    .filter(l -> l.getKind() == StatementLine.Kind.ADJUSTMENT && l.getForMonth().equals(earlier.getMonth()))
                    .forEach(l -> billed.add(l.figures()));
            YearMonth m = earlier.yearMonth();
            adjustments.addAll(Corrections.adjustments(m, measurements.tally(accountId, m, m.atEndOfMonth()).figures(), billed));
        }
        return adjustments;
    }
}
