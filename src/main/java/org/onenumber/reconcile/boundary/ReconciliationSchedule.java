package org.onenumber.reconcile.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.Channel;
import org.onenumber.reconcile.entity.RunMode;
import org.onenumber.reconcile.entity.Scope;
import org.onenumber.security.boundary.SystemCaller;

/**
 * Starts the nightly run over everything at {@code onenumber.reconcile.nightly-at} (HH:mm, UTC; "off" for none) in
 * {@code onenumber.reconcile.nightly-mode}. Every instance looks each minute, and the first to claim the day in the
 * database runs it: never twice a night, also with several instances sharing the database; and never while another
 * run holds the lock (that night is then skipped, and said so). Each minute it also resumes a run whose instance died
 * (still RUNNING, its lease lapsed): after a kill and a new start, the run goes on from its last committed chunk.
 */
@Singleton
public class ReconciliationSchedule {

    private static final Logger LOG = Logger.getLogger(ReconciliationSchedule.class.getName());

    @Inject
    @ConfigProperty(name = "onenumber.reconcile.nightly-at", defaultValue = "02:30")
    String nightlyAt;

    @Inject
    @ConfigProperty(name = "onenumber.reconcile.nightly-mode", defaultValue = "REPORT")
    String nightlyMode;

    @Inject
    RunLedger ledger;

    @Inject
    Reconciliations reconciliations;

    @Inject
    SystemCaller systemCaller;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        resumeStalled();
        nightly();
    }

    private void resumeStalled() {
        try {
            systemCaller.run(new SystemCaller.Principal("license-reconciliation", 0, null, Channel.BATCH), () -> {
                for (long run : reconciliations.stalled()) {
                    try {
                        reconciliations.restart(run);
                        LOG.info(() -> "Reconciliation run " + run + " resumed from its last checkpoint");
                    } catch (BusinessException e) {
                        LOG.fine(() -> "Run " + run + " not resumed here: " + e.getMessage());
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warning("Stalled reconciliation runs not resumed: " + e);
        }
    }

    private void nightly() {
        LocalTime at = at();
        if (at == null) {
            return;
        }
        LocalTime now = LocalTime.now(ZoneOffset.UTC);
        if (now.getHour() != at.getHour() || now.getMinute() != at.getMinute()) {
            return;
        }
        try {
            systemCaller.run(new SystemCaller.Principal("nightly-reconciliation", 0, null, Channel.BATCH), () -> {
                if (ledger.claimNight(LocalDate.now(ZoneOffset.UTC))) {
                    long run = reconciliations.start(Scope.Kind.EVERYTHING, null, RunMode.valueOf(nightlyMode.trim().toUpperCase(java.util.Locale.ROOT)));
                    LOG.info(() -> "Nightly reconciliation started: run " + run);
                }
                return null;
            });
        } catch (BusinessException e) {
            LOG.warning("No nightly reconciliation tonight: " + e.getMessage());
        }
    }

    private LocalTime at() {
        if (nightlyAt == null || nightlyAt.isBlank() || "off".equalsIgnoreCase(nightlyAt.trim())) {
            return null;
        }
        try {
            return LocalTime.parse(nightlyAt.trim());
        } catch (DateTimeParseException e) {
            LOG.warning("onenumber.reconcile.nightly-at is not HH:mm: " + nightlyAt);
            return null;
        }
    }
}
