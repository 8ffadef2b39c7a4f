package org.onenumber.reconcile.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.onenumber.reconcile.entity.DriftKind;
import org.onenumber.reconcile.entity.ItemKind;
import org.onenumber.switchadapter.wire.AccountMobility;
import org.onenumber.switchadapter.wire.InventoryItem;
import org.onenumber.switching.entity.SwitchTarget;

/**
 * The rules that turn one merged key into drift. Whatever has a command pending is on its way and is no drift: the
 * dispatcher will converge it, and a repair would only queue the same state again.
 */
public final class Comparison {

    private Comparison() {
    }

    /**
     * The drift of one pair. {@code heldPending} says whether a command is pending for what the switch holds when the
     * database has nothing for it (the target itself, or a mobile client's owner station).
     */
    public static List<Finding> compare(Pair pair, boolean heldPending) {
        Desired d = pair.desired();
        InventoryItem h = pair.held();
        ItemKind item = pair.item();
        List<Finding> found = new ArrayList<>(1);
        if (d == null) {
            if (!heldPending) {
                found.add(new Finding(DriftKind.ORPHAN, item, h.key(), null, heldAccount(item, h), h.owner(), null,
                        h.version(), 0, "on the switch, not in the database"));
            }
            return found;
        }
        if (d.pending()) {
            return found;
        }
        if (h == null) {
            found.add(finding(DriftKind.MISSING, item, d, null, 0, "in the database, not on the switch"));
            return found;
        }
        if (item == ItemKind.MOBILE_CLIENT) {
            if (!Objects.equals(h.owner(), d.owner())) {
                found.add(finding(DriftKind.WRONG_STATION, item, d, h.owner(), h.version(),
                        "shared to " + d.owner() + ", on the switch at " + h.owner()));
            }
            return found;
        }
        if (h.version() < d.version()) {
            found.add(finding(DriftKind.STUCK, item, d, h.owner(), h.version(),
                    "the switch holds version " + h.version() + " of " + d.version() + ", nothing pending"));
        } else if (item == ItemKind.ACCOUNT_MOBILITY && !Objects.equals(h.mobility(), d.mobility())) {
            found.add(finding(DriftKind.SETTINGS, item, d, null, h.version(), differences(d.mobility(), h.mobility())));
        }
        return found;
    }

    /**
     * The findings of a pair that still hold for the database as it is now ({@code now}, read after the comparison): a
     * run reads a page of the database's items, then the switch's, and whatever changed in between (a client unshared
     * and taken off the switch, moved to another station, shared and put on it) would show as drift that is not there.
     * Findings are kept only when the item is as it was compared (absent still, or the same owner and version with
     * nothing pending); otherwise it changed meanwhile and the next run compares it as it is.
     */
    public static List<Finding> stillHeld(List<Finding> findings, Desired compared, Desired now) {
        if (findings.isEmpty()) {
            return findings;
        }
        boolean unchanged = compared == null ? now == null
                : now != null && !now.pending() && now.version() == compared.version()
                && Objects.equals(now.owner(), compared.owner());
        return unchanged ? findings : List.of();
    }

    private static Finding finding(DriftKind kind, ItemKind item, Desired d, String switchOwner, long switchVersion,
                                   String detail) {
        return new Finding(kind, item, d.key(), d.carrierId(), d.accountId(), switchOwner, d.owner(), switchVersion,
                d.version(), detail);
    }

    /** The account the switch places an item in: an account's settings are keyed by it, the rest name it. */
    static Long heldAccount(ItemKind item, InventoryItem h) {
        return SwitchTarget.accountId(item == ItemKind.ACCOUNT_MOBILITY ? h.key() : h.account());
    }

    /** Which settings differ, database first: "group: Globex != Initech". */
    static String differences(AccountMobility want, AccountMobility have) {
        if (want == null || have == null) {
            return "settings " + (want == null ? "absent in the database" : "absent on the switch");
        }
        List<String> diff = new ArrayList<>();
        differ(diff, "router", want.mobilityRouter(), have.mobilityRouter());
        differ(diff, "group", want.groupName(), have.groupName());
        differ(diff, "voicemailAccess", want.voicemailAccessNumber(), have.voicemailAccessNumber());
        differ(diff, "access", want.accessNumber(), have.accessNumber());
        differ(diff, "reverseDial", want.reverseDialNumber(), have.reverseDialNumber());
        differ(diff, "handover", want.handoverNumber(), have.handoverNumber());
        return String.join("; ", diff);
    }

    private static void differ(List<String> diff, String name, String want, String have) {
        if (!Objects.equals(want, have)) {
            diff.add(name + ": " + want + " != " + have);
        }
    }
}
