package org.onenumber.web.billing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onenumber.billing.boundary.BillingStatements;
import org.onenumber.billing.boundary.TrueUpRun;
import org.onenumber.billing.entity.BillingStatement;
import org.onenumber.billing.entity.DayRow;
import org.onenumber.web.Messages;
import org.onenumber.web.account.AdminContext;

/**
 * admin/billing.xhtml: the account's billing statement of a month (its lines, day-weighted and peak, and the days
 * behind them) and its CSV; support also runs the true-up and records a day the snapshot job missed.
 */
@Named
@ViewScoped
public class BillingBacking implements Serializable {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    @Inject
    AdminContext admin;

    @Inject
    BillingStatements statements;

    private final Map<String, String> months = new LinkedHashMap<>();
    private String month;
    private BillingStatement statement;
    private List<DayRow> days = List.of();
    private TrueUpRun run;
    private String day;

    @PostConstruct
    void init() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        for (int i = 0; i < 25; i++) {
            YearMonth m = now.minusMonths(i);
            months.put(MONTH.format(m), m.toString());
        }
        month = now.minusMonths(1).toString();
        day = LocalDate.now(ZoneOffset.UTC).toString();
        refresh();
    }

    public void refresh() {
        statement = statements.get(admin.requireAccount(), YearMonth.parse(month));
        days = statement == null ? List.of() : statement.days();
    }

    public void trueUp() {
        Messages.run("billing", () -> run = statements.trueUp(admin.requireAccount(), YearMonth.parse(month)), null);
    }

    public void trueUpAll() {
        Messages.run("billing", () -> run = statements.trueUp(null, YearMonth.parse(month)), null);
    }

    /** While a run is going, the page asks for its state; when it is over, the statement is read again. */
    public void poll() {
        if (run != null) {
            run = statements.run(run.executionId());
            if (!run.isRunning()) {
                refresh();
            }
        }
    }

    public void recordDay() {
        LocalDate date;
        try {
            date = LocalDate.parse(day.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            Messages.field("billing:day", "Give the day as YYYY-MM-DD.");
            return;
        }
        if (Messages.run("billing", () -> statements.recordDay(admin.requireAccount(), date),
                "The quantities of " + date + " are recorded; run the true-up to see them.")) {
            refresh();
        }
    }

    public boolean isRunning() {
        return run != null && run.isRunning();
    }

    public Map<String, String> getMonths() {
        return months;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        if (month != null && months.containsValue(month)) {
            this.month = month;
        }
    }

    public BillingStatement getStatement() {
        return statement;
    }

    public List<DayRow> getDays() {
        return days;
    }

    public TrueUpRun getRun() {
        return run;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }
}
