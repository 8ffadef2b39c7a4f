package org.onenumber.web.anywhere;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.onenumber.anywhere.boundary.TollUsage;
import org.onenumber.anywhere.control.TollCall;
import org.onenumber.web.account.AdminContext;

/**
 * admin/usage.xhtml: the account's Office Anywhere toll calls (long distance and international calls placed through a
 * portal) per month, with totals per rate class, and the CSV the invoice is made from.
 */
@Named
@ViewScoped
public class UsageBacking implements Serializable {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    @Inject
    AdminContext admin;

    @Inject
    TollUsage usage;

    private final Map<String, String> months = new LinkedHashMap<>();
    private String month;
    private List<TollCall> calls;

    /** Per rate class: calls, seconds and billed minutes. */
    public record Total(String rateClass, long calls, long seconds, long minutes) implements Serializable {
    }

    @PostConstruct
    void init() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        for (int i = 0; i < 13; i++) {
            YearMonth m = now.minusMonths(i);
            months.put(MONTH.format(m), m.toString());
        }
        month = now.toString();
        refresh();
    }

    public void refresh() {
        calls = usage.month(admin.requireAccount(), YearMonth.parse(month));
    }

    public List<Total> getTotals() {
        Map<String, long[]> sums = new TreeMap<>();
        for (TollCall c : calls) {
            long[] sum = sums.computeIfAbsent(c.rateClass(), k -> new long[3]);
            sum[0]++;
            sum[1] += c.seconds();
            sum[2] += c.billedMinutes();
        }
        return sums.entrySet().stream().map(e -> new Total(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
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

    public List<TollCall> getCalls() {
        return calls;
    }
}
