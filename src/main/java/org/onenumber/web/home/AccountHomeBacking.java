package org.onenumber.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.onenumber.audit.boundary.AuditLog;
import org.onenumber.audit.boundary.AuditFilter;
import org.onenumber.billing.boundary.DailyHistory;
import org.onenumber.license.boundary.Licenses;
import org.onenumber.license.entity.LicensePool;
import org.onenumber.mobility.boundary.Mobility;
import org.onenumber.mobility.boundary.MobilityUserCounts;
import org.onenumber.mobility.boundary.MobilityUsers;
import org.onenumber.switching.boundary.OpenCommands;
import org.onenumber.switching.boundary.SwitchSync;
import org.onenumber.web.account.AdminContext;

/**
 * admin/home.xhtml: the account at a glance, where a customer admin lands (and support, for the account it opened).
 * A handful of aggregate reads, each through its capability's boundary and its tenancy check.
 */
@Named
@RequestScoped
public class AccountHomeBacking {

    static final int DAYS = 90;
    static final int RECENT_CHANGES = 6;

    @Inject
    AdminContext admin;

    @Inject
    Licenses licenses;

    @Inject
    DailyHistory history;

    @Inject
    Mobility mobility;

    @Inject
    MobilityUsers mobilityUsers;

    @Inject
    SwitchSync sync;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private LicensePool pool;
    private LicenseTrend trend;
    private String mobilityStatus;
    private MobilityUserCounts users;
    private OpenCommands commands;
    private List<RecentChange> changes;

    @PostConstruct
    void load() {
        long account = admin.requireAccount();
        pool = licenses.pool(account);
        LocalDate today = LocalDate.now(clock);
        trend = LicenseTrend.of(history.days(account, today.minusDays(DAYS - 1L), today), today, DAYS, pool.getPurchased(),
                pool.getShared());
        mobilityStatus = mobility.service(account).getStatus().title();
        users = mobilityUsers.provisioningCounts(account);
        commands = sync.openCountsOfAccount(account);
        changes = audit.entries(AuditFilter.of(account), 0, RECENT_CHANGES).stream().map(RecentChange::of).toList();
    }

    public LicensePool getPool() {
        return pool;
    }

    public String getLicenseChart() {
        return trend.chart();
    }

    public String getLicenseSummary() {
        return trend.summary();
    }

    public List<LicenseTrend.Day> getLicenseDays() {
        return trend.measured();
    }

    public String getMobilityStatus() {
        return mobilityStatus;
    }

    public MobilityUserCounts getMobilityUsers() {
        return users;
    }

    public OpenCommands getCommands() {
        return commands;
    }

    public List<RecentChange> getChanges() {
        return changes;
    }
}
