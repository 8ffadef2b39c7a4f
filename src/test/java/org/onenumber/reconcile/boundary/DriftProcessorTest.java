package org.onenumber.reconcile.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onenumber.reconcile.control.Desired;
import org.onenumber.reconcile.control.DesiredState;
import org.onenumber.reconcile.control.Pair;
import org.onenumber.reconcile.entity.DriftKind;
import org.onenumber.reconcile.entity.ItemKind;
import org.onenumber.switchadapter.wire.InventoryItem;

/**
 * A run reads a page of the database's items, then the switch's page: a change made by someone between the two reads
 * (and already on the switch) is no drift. The database here is a map of what it holds now.
 */
class DriftProcessorTest {

    private static final String CLIENT = "MOBILE_CLIENT:FEBC700000001";

    /** The database as it is now, by key; nothing pending. */
    private static final class Database extends DesiredState {

        final Map<String, Desired> items = new HashMap<>();

        @Override
        public Optional<Desired> now(ItemKind item, String itemKey) {
            return Optional.ofNullable(items.get(itemKey));
        }

        @Override
        public boolean pending(String targetKey) {
            return false;
        }

        @Override
        public Optional<Long> carrierOf(long accountId) {
            return Optional.of(1L);
        }
    }

    private final Database database = new Database();
    private final DriftProcessor processor = new DriftProcessor();

    DriftProcessorTest() {
        processor.desired = database;
    }

    private static Desired client(String station, long version) {
        return new Desired(CLIENT, 1, 7, station, version, false, null);
    }

    private static InventoryItem held(String station) {
        return new InventoryItem(CLIENT, 3, station, "account-7", null);
    }

    private List<DriftKind> drift(Desired compared, InventoryItem held) {
        Compared result = (Compared) processor.processItem(new DriftReader.Step(new Pair(ItemKind.MOBILE_CLIENT, compared,
                held), null));
        return result.findings().stream().map(f -> f.kind()).toList();
    }

    @Test
    void aClientUnsharedBetweenTheTwoReadsIsNotMissing() {
        // read from the database shared to station-1; unshared and taken off the switch before the switch's page
        assertEquals(List.of(), drift(client("station-1", 3), null));
    }

    @Test
    void aClientMovedBetweenTheTwoReadsIsNotOnTheWrongStation() {
        database.items.put(CLIENT, client("station-2", 4));
        assertEquals(List.of(), drift(client("station-1", 3), held("station-2")));
    }

    @Test
    void aClientSharedBetweenTheTwoReadsIsNoOrphan() {
        database.items.put(CLIENT, client("station-1", 1));
        assertEquals(List.of(), drift(null, held("station-1")));
    }

    @Test
    void driftThatIsStillThereIsFound() {
        database.items.put(CLIENT, client("station-1", 3));
        assertEquals(List.of(DriftKind.MISSING), drift(client("station-1", 3), null));
        assertEquals(List.of(DriftKind.WRONG_STATION), drift(client("station-1", 3), held("station-9")));
        database.items.clear();
        assertEquals(List.of(DriftKind.ORPHAN), drift(null, held("station-1")));
    }
}
