package org.onenumber.reconcile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.reconcile.entity.DriftKind;
import org.onenumber.reconcile.entity.ItemKind;
import org.onenumber.switching.control.SwitchProjection;
import org.onenumber.switching.entity.SwitchTarget;

/**
 * Converges the switch on the database for one drift, through the switch projection: the target's whole desired
 * state is queued again above the version the switch holds (a removal where the database has nothing), and the
 * dispatcher sends it like any change. Each repair is audited as the caller's (the system caller, channel BATCH).
 * A mobile client on the wrong station first re-queues the station that holds it, then the one it is shared to:
 * the dispatcher sends an instance's commands in the order they were written, and the switch refuses a client
 * that another subscriber still holds.
 */
@ApplicationScoped
public class Repairs {

    @Inject
    SwitchProjection projection;

    @Inject
    DesiredState desired;

    @Inject
    AuditTrail audit;

    /** Queues the repair; false when the switch protocol offers none (an account's settings cannot be removed). */
    public boolean repair(long runId, Finding f) {
        List<SwitchTarget> targets = new ArrayList<>(2);
        switch (f.item()) {
            case ACCOUNT_MOBILITY -> {
                if (f.kind() == DriftKind.ORPHAN) {
                    return false;
                }
                targets.add(SwitchTarget.accountMobility(carrier(f), account(f)));
            }
            case PORTAL -> targets.add(SwitchTarget.portal(carrier(f), account(f), subject(f.key())));
            case SUBSCRIBER -> targets.add(SwitchTarget.subscriber(carrier(f), account(f), subject(f.key())));
            case MOBILE_CLIENT -> {
                if (f.switchOwner() != null) {
                    targets.add(station(f, f.switchOwner()));
                }
                if (f.desiredOwner() != null && !f.desiredOwner().equals(f.switchOwner())) {
                    targets.add(station(f, f.desiredOwner()));
                }
            }
        }
        Map<String, Object> queued = new LinkedHashMap<>();
        for (SwitchTarget target : targets) {
            queued.put(target.key(), projection.projectAbove(target, f.switchVersion()));
        }
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("drift", f.kind().name());
        found.put("item", f.key());
        found.put("switchVersion", f.switchVersion());
        if (f.switchOwner() != null) {
            found.put("switchOwner", f.switchOwner());
        }
        audit.recordFor(carrier(f), f.accountId(), "Reconciliation", runId, "REPAIR", found, queued);
        return true;
    }

    private SwitchTarget station(Finding f, String stationKey) {
        long station = subject(stationKey);
        long account = stationKey.equals(f.desiredOwner()) ? account(f)
                : desired.accountOfTarget(stationKey).orElse(account(f));
        return SwitchTarget.subscriber(carrier(f), account, station);
    }

    private static long subject(String key) {
        return Long.parseLong(key.substring(key.indexOf('-') + 1));
    }

    private static long carrier(Finding f) {
        return f.carrierId() == null ? 0 : f.carrierId();
    }

    private long account(Finding f) {
        if (f.accountId() != null) {
            return f.accountId();
        }
        return f.item() == ItemKind.MOBILE_CLIENT ? 0 : desired.accountOfTarget(f.key()).orElse(0L);
    }
}
