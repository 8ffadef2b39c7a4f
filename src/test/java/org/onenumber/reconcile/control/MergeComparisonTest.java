package org.onenumber.reconcile.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onenumber.reconcile.entity.DriftKind;
import org.onenumber.reconcile.entity.ItemKind;
import org.onenumber.switchadapter.wire.AccountMobility;
import org.onenumber.switchadapter.wire.InventoryItem;

class MergeComparisonTest {

    private static final AccountMobility SETTINGS = new AccountMobility("SMR1", "Globex", "+15615550100", null, null, null);

    private static <T> Merge.Source<T> source(List<T> items) {
        Deque<T> queue = new ArrayDeque<>(items);
        return new Merge.Source<>() {
            @Override
            public T peek() {
                return queue.peekFirst();
            }

            @Override
            public T take() {
                return queue.removeFirst();
            }
        };
    }

    private static Desired want(String key, long version) {
        return new Desired(key, 1, 7, null, version, false, null);
    }

    private static Desired client(String identity, String owner) {
        return new Desired("MOBILE_CLIENT:" + identity, 1, 7, owner, 3, false, null);
    }

    private static InventoryItem held(String key, long version) {
        return new InventoryItem(key, version, null, "account-7", null);
    }

    private static InventoryItem heldClient(String identity, String owner) {
        return new InventoryItem("MOBILE_CLIENT:" + identity, 3, owner, "account-7", null);
    }

    private static List<Finding> run(ItemKind item, List<InventoryItem> held, List<Desired> desired) {
        List<Finding> found = new ArrayList<>();
        Merge merge = new Merge(item, source(held), source(desired));
        while (merge.hasNext()) {
            found.addAll(Comparison.compare(merge.next(), false));
        }
        return found;
    }

    @Test
    void inSyncStreamsHaveNoDrift() {
        assertEquals(List.of(), run(ItemKind.SUBSCRIBER, List.of(held("station-1", 4), held("station-2", 9)),
                List.of(want("station-1", 4), want("station-2", 9))));
    }

    @Test
    void aSubscriberOnlyOnTheSwitchIsAnOrphanOfTheAccountTheSwitchNames() {
        List<Finding> found = run(ItemKind.SUBSCRIBER, List.of(held("station-1", 4), held("station-5", 2)),
                List.of(want("station-1", 4)));
        assertEquals(1, found.size());
        Finding orphan = found.get(0);
        assertEquals(DriftKind.ORPHAN, orphan.kind());
        assertEquals("station-5", orphan.key());
        assertEquals(7L, orphan.accountId());
        assertNull(orphan.carrierId(), "the carrier is looked up later");
        assertEquals(2, orphan.switchVersion());
    }

    @Test
    void aSubscriberOnlyInTheDatabaseIsMissing() {
        List<Finding> found = run(ItemKind.SUBSCRIBER, List.of(), List.of(want("station-3", 2)));
        assertEquals(List.of(DriftKind.MISSING), found.stream().map(Finding::kind).toList());
        assertEquals(1L, found.get(0).carrierId());
    }

    @Test
    void aVersionBehindWithNothingPendingIsStuckAndWithACommandPendingIsNot() {
        assertEquals(List.of(DriftKind.STUCK), run(ItemKind.SUBSCRIBER, List.of(held("station-1", 3)),
                List.of(want("station-1", 4))).stream().map(Finding::kind).toList());
        Pair pending = new Pair(ItemKind.SUBSCRIBER, new Desired("station-1", 1, 7, null, 4, true, null),
                held("station-1", 3));
        assertEquals(List.of(), Comparison.compare(pending, false));
        assertEquals(List.of(), run(ItemKind.SUBSCRIBER, List.of(held("station-1", 5)), List.of(want("station-1", 4))),
                "a switch ahead of the database is not stuck");
    }

    @Test
    void anOrphanWithAPendingRemovalIsNoDrift() {
        assertEquals(List.of(), Comparison.compare(new Pair(ItemKind.SUBSCRIBER, null, held("station-9", 2)), true));
    }

    @Test
    void aClientHeldByAnotherStationIsOnTheWrongStation() {
        List<Finding> found = run(ItemKind.MOBILE_CLIENT,
                List.of(heldClient("FEBC00000001", "station-1"), heldClient("FEBC00000002", "station-3")),
                List.of(client("FEBC00000001", "station-1"), client("FEBC00000002", "station-2")));
        assertEquals(1, found.size());
        Finding wrong = found.get(0);
        assertEquals(DriftKind.WRONG_STATION, wrong.kind());
        assertEquals("station-3", wrong.switchOwner());
        assertEquals("station-2", wrong.desiredOwner());
    }

    @Test
    void anUnknownClientIsAnOrphanAndAnUnprovisionedOneIsMissing() {
        List<Finding> found = run(ItemKind.MOBILE_CLIENT, List.of(heldClient("FEBC00000009", "station-1")),
                List.of(client("FEBC00000001", "station-1")));
        assertEquals(List.of(DriftKind.MISSING, DriftKind.ORPHAN), found.stream().map(Finding::kind).toList());
        assertEquals("station-1", found.get(1).switchOwner());
    }

    @Test
    void differentAccountSettingsAtTheSameVersionAreSettingsDriftNamingTheField() {
        Desired wanted = new Desired("account-7", 1, 7, null, 5, false, SETTINGS);
        InventoryItem held = new InventoryItem("account-7", 5, null, null,
                new AccountMobility("SMR1", "Initech", "+15615550100", null, null, null));
        List<Finding> found = Comparison.compare(new Pair(ItemKind.ACCOUNT_MOBILITY, wanted, held), false);
        assertEquals(List.of(DriftKind.SETTINGS), found.stream().map(Finding::kind).toList());
        assertEquals("group: Globex != Initech", found.get(0).detail());
        assertEquals(List.of(), Comparison.compare(new Pair(ItemKind.ACCOUNT_MOBILITY, wanted,
                new InventoryItem("account-7", 5, null, null, SETTINGS)), false));
        InventoryItem orphan = new InventoryItem("account-8", 2, null, null, SETTINGS);
        assertEquals(8L, Comparison.compare(new Pair(ItemKind.ACCOUNT_MOBILITY, null, orphan), false).get(0).accountId(),
                "an account's settings are keyed by the account");
    }

    @Test
    void keysCompareAsTheSwitchOrdersThemNotAsNumbers() {
        // station-10 sorts before station-9 on the switch; the database must stream them in the same order
        List<Finding> found = run(ItemKind.SUBSCRIBER, List.of(held("station-10", 1), held("station-9", 1)),
                List.of(want("station-10", 1), want("station-9", 1)));
        assertEquals(List.of(), found);
    }

    @Test
    void aStreamOutOfOrderStopsTheMergeInsteadOfReportingFalseDrift() {
        Merge merge = new Merge(ItemKind.SUBSCRIBER, source(List.of(held("station-9", 1), held("station-10", 1))),
                source(List.of(want("station-9", 1), want("station-10", 1))));
        merge.next();
        IllegalStateException e = assertThrows(IllegalStateException.class, merge::next);
        assertTrue(e.getMessage().contains("not in key order"), e.getMessage());
    }

    @Test
    void interleavedStreamsPairEveryKeyOnceAndEmptyStreamsEndAtOnce() {
        Merge merge = new Merge(ItemKind.SUBSCRIBER, source(List.of(held("a", 1), held("c", 1), held("e", 1))),
                source(List.of(want("b", 1), want("c", 1), want("d", 1))));
        List<String> keys = new ArrayList<>();
        while (merge.hasNext()) {
            Pair p = merge.next();
            keys.add(p.key() + (p.held() == null ? "-db" : p.desired() == null ? "-sw" : ""));
        }
        assertEquals(List.of("a-sw", "b-db", "c", "d-db", "e-sw"), keys);
        assertTrue(!new Merge(ItemKind.PORTAL, source(List.of()), source(List.of())).hasNext());
    }

    @Test
    void theDatabaseMayRepeatAKeyTheSwitchMayNot() {
        Merge db = new Merge(ItemKind.MOBILE_CLIENT, source(List.of(heldClient("X", "station-1"))),
                source(List.of(client("X", "station-1"), client("X", "station-2"))));
        List<Pair> pairs = new ArrayList<>();
        while (db.hasNext()) {
            pairs.add(db.next());
        }
        assertEquals(2, pairs.size());
        Merge sw = new Merge(ItemKind.MOBILE_CLIENT, source(List.of(heldClient("X", "station-1"), heldClient("X", "station-2"))),
                source(List.of()));
        sw.next();
        assertThrows(IllegalStateException.class, sw::next);
    }
}
