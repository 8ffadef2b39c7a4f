package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onenumber.switchadapter.wire.AccountMobility;
import org.onenumber.switchadapter.wire.InventoryItem;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.Status;
import org.onenumber.switchadapter.wire.SwitchClient;

/** The admin console's load: subscribers, their mobile clients and accounts' settings from a file, without events. */
class BulkLoadTest extends RunningEmulator {

    @TempDir
    Path dir;

    private Path file(String... lines) throws Exception {
        Path file = dir.resolve("switch.tsv");
        Files.write(file, List.of(lines));
        return file;
    }

    @Test
    void aFileLoadsSubscribersClientsAndSettingsThatTheInventoryShowsAndNoEventIsSent() throws Exception {
        SwitchClient client = loggedIn();
        long seqBefore = emulator.lastEventSeq();
        AdminConsole console = new AdminConsole(emulator);
        Path file = file("# a comment",
                "account\taccount-9\t3\tSMR1\tGlobex\t\t+15615550100\t\t",
                "subscriber\tstation-1\t4\taccount-9\tFEBC00000001\tFEBC00000002",
                "",
                "subscriber\tstation-2\t2\taccount-9");

        assertEquals("OK subscribers=2 clients=2 accounts=1", console.execute("load " + file));

        assertEquals(seqBefore, emulator.lastEventSeq(), "no events");
        assertEquals(List.of(new InventoryItem("station-1", 4, null, "account-9", null),
                new InventoryItem("station-2", 2, null, "account-9", null)),
                inventory(client, InventoryQuery.Kind.SUBSCRIBER));
        assertEquals(List.of(new InventoryItem("MOBILE_CLIENT:FEBC00000001", 4, "station-1", "account-9", null),
                new InventoryItem("MOBILE_CLIENT:FEBC00000002", 4, "station-1", "account-9", null)),
                inventory(client, InventoryQuery.Kind.ENDPOINT));
        assertEquals(List.of(new InventoryItem("account-9", 3, null, null,
                new AccountMobility("SMR1", "Globex", null, "+15615550100", null, null))),
                inventory(client, InventoryQuery.Kind.ACCOUNT_MOBILITY));
        // the loaded subscriber takes newer versions as any other
        assertEquals(Status.OK, apply(client, "station-2", 3, Subscribers.station("+15615550101", "00:10:49:1A:2B:02",
                "FEBC00000003", "+15615550198")).status());
    }

    @Test
    void aLoadReplacesWhatItNamesAndRefusesAClientAnotherSubscriberHolds() throws Exception {
        SwitchClient client = loggedIn();
        apply(client, "station-1", 4, Subscribers.station("+15615550100", "00:10:49:1A:2B:01", "FEBC00000001",
                "+15615550199"));
        AdminConsole console = new AdminConsole(emulator);

        String refused = console.execute("load " + file("subscriber\tstation-2\t1\taccount-9\tFEBC00000001"));
        assertTrue(refused.startsWith("ERROR line 1: MOBILE_CLIENT:FEBC00000001 belongs to subscriber station-1"),
                refused);

        assertEquals("OK subscribers=1 clients=1 accounts=0",
                console.execute("load " + file("subscriber\tstation-1\t7\taccount-9\tFEBC00000009")));
        assertEquals(List.of(new InventoryItem("MOBILE_CLIENT:FEBC00000009", 7, "station-1", "account-9", null)),
                inventory(client, InventoryQuery.Kind.ENDPOINT));
        assertTrue(console.execute("load relative.tsv").startsWith("ERROR say load <absolute file>"));
        assertTrue(console.execute("load " + dir.resolve("none.tsv")).startsWith("ERROR cannot read"));
        assertTrue(console.execute("load " + file("account\taccount-1\t1\tSMR1")).startsWith("ERROR line 1: an account"
                + " line has 9 fields"));
        assertTrue(console.execute("load " + file("portal\tportal-1\t1")).startsWith("ERROR line 1: unknown record"));
    }
}
