package org.onenumber.billing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onenumber.platform.control.Channel;
import org.onenumber.security.boundary.SystemCaller;

/**
 * When billing runs by itself: the daily snapshot of every account at {@code onenumber.billing.snapshot-time} (UTC),
 * and the true-up of the month just ended on day {@code onenumber.billing.true-up-day} (1 to 28; a later day means the
 * month's last) of the next at
 * {@code onenumber.billing.true-up-time} (UTC). Each instance has the timers; a run is claimed in the database first,
 * so instances sharing it run each period once. The claim's lease is renewed as the run works; each minute every
 * instance looks for a claim whose run stopped midway (its instance died) and one of them runs it again.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BillingSchedule {

    static final String SNAPSHOT = "billing-snapshot";
    static final String TRUE_UP = "billing-true-up";
    private static final String RESUME = "billing-resume";
    private static final int PAGE = 500;
    private static final Logger LOG = Logger.getLogger(BillingSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    BillingRun run;

    @Inject
    SystemCaller systemCaller;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "onenumber.billing.schedule", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "onenumber.billing.snapshot-time", defaultValue = "23:50")
    String snapshotTime;

    @Inject
    @ConfigProperty(name = "onenumber.billing.true-up-day", defaultValue = "1")
    int trueUpDay;

    @Inject
    @ConfigProperty(name = "onenumber.billing.true-up-time", defaultValue = "02:00")
    String trueUpTime;

    @PostConstruct
    void schedule() {
        if (!enabled) {
            return;
        }
        LocalTime snapshot = LocalTime.parse(snapshotTime);
        LocalTime close = LocalTime.parse(trueUpTime);
        timers.createCalendarTimer(at(snapshot).dayOfMonth("*"), new TimerConfig(SNAPSHOT, false));
        // a day past the 28th means the month's last day, so that no month is skipped
        String day = trueUpDay > 28 ? "Last" : String.valueOf(Math.max(1, trueUpDay));
        timers.createCalendarTimer(at(close).dayOfMonth(day), new TimerConfig(TRUE_UP, false));
        timers.createCalendarTimer(new ScheduleExpression().timezone("UTC").hour("*").minute("*").second(30),
                new TimerConfig(RESUME, false));
    }

    private static ScheduleExpression at(LocalTime time) {
        return new ScheduleExpression().timezone("UTC").hour(time.getHour()).minute(time.getMinute()).second(0);
    }

    @Timeout
    void due(Timer timer) {
        try {
            if (SNAPSHOT.equals(timer.getInfo())) {
                snapshotEveryAccount();
            } else if (TRUE_UP.equals(timer.getInfo())) {
                trueUpLastMonth();
            } else if (RESUME.equals(timer.getInfo())) {
                resumeStalled();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled " + timer.getInfo() + " failed", e);
        }
    }

    /** Today's snapshot of every account, a page per transaction, as the system caller of each carrier. */
    void snapshotEveryAccount() {
        String claim = key(SNAPSHOT, LocalDate.now(clock).toString());
        if (run.claim(claim, instance())) {
            snapshotEveryAccount(claim);
        }
    }

    /**
     * Runs again what an instance that died midway claimed: today's snapshot (a day gone by is left: its quantities
     * are no longer what they were), a true-up. Another instance may look at the same moment; one takes each over.
     */
    void resumeStalled() {
        String today = LocalDate.now(clock).toString();
        for (String claim : run.stalledClaims()) {
            String[] jobAndPeriod = claim.split(" ", 2);
            boolean snapshot = SNAPSHOT.equals(jobAndPeriod[0]);
            if (snapshot && !today.equals(jobAndPeriod[1]) || !run.takeOver(claim, instance())) {
                continue;
            }
            LOG.warning("scheduled " + claim + " stopped midway on another instance (its lease lapsed); running it again");
            if (snapshot) {
                snapshotEveryAccount(claim);
            } else if (TRUE_UP.equals(jobAndPeriod[0])) {
                startTrueUp(YearMonth.parse(jobAndPeriod[1]), claim);
            }
        }
    }

    private void snapshotEveryAccount(String claim) {
        for (long carrier : run.carriers()) {
            SystemCaller.Principal who = new SystemCaller.Principal(SNAPSHOT, carrier, null, Channel.BATCH);
            long after = 0;
            while (after >= 0) {
                long from = after;
                after = systemCaller.run(who, () -> run.snapshotPage(carrier, from, PAGE));
                run.stillWorking(claim);
            }
        }
        run.completed(claim);
    }

    /** Starts the true-up job of the month just ended for every account. */
    void trueUpLastMonth() {
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        String claim = key(TRUE_UP, month.toString());
        if (run.claim(claim, instance())) {
            startTrueUp(month, claim);
        }
    }

    /** The job renews the claim with each chunk and completes it when it went through every account. */
    private void startTrueUp(YearMonth month, String claim) {
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        parameters.setProperty("carrierId", "");
        parameters.setProperty("accountId", "");
        parameters.setProperty("claim", claim);
        long execution = BatchRuntime.getJobOperator().start(BillingStatements.JOB, parameters);
        LOG.info("billing true-up of " + month + " started, execution " + execution);
    }

    static String key(String job, String period) {
        return job + " " + period;
    }

    private static String instance() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
