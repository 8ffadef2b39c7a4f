package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onenumber.switchadapter.wire.AccountMobility;
import org.onenumber.switchadapter.wire.ApplyAccountMobility;
import org.onenumber.switchadapter.wire.InventoryItem;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.Status;
import org.onenumber.switchadapter.wire.SwitchClient;

/** The admin console's drift commands change what the switch holds behind the application's back, and the inventory shows it. */
class DriftCommandsTest extends RunningEmulator {

    @Test
    void aClientAddedByHandIsHeldByTheSubscriberAndAClientTakenFromAnotherMoves() throws Exception {
        SwitchClient client = loggedIn();
        apply(client, "station-1", 4, Subscribers.in(Subscribers.station("+15615550100", "00:10:49:1A:2B:01",
                "FEBC00000001", "+15615550199"), "account-9", "site-1"));
        apply(client, "station-2", 6, Subscribers.in(Subscribers.withoutMobileClient(Subscribers.station("+15615550101",
                "00:10:49:1A:2B:02", "FEBC00000002", "+15615550198")), "account-9", "site-1"));
        AdminConsole console = new AdminConsole(emulator);

        assertEquals("OK", console.execute("drift-client station-2 FEBC00000777"));
        assertEquals("OK", console.execute("drift-client station-2 FEBC00000001"));

        List<InventoryItem> clients = inventory(client, InventoryQuery.Kind.ENDPOINT).stream()
                .filter(i -> i.key().startsWith("MOBILE_CLIENT:")).toList();
        assertEquals(List.of(new InventoryItem("MOBILE_CLIENT:FEBC00000001", 6, "station-2", "account-9", null),
                new InventoryItem("MOBILE_CLIENT:FEBC00000777", 6, "station-2", "account-9", null)), clients);
        assertTrue(!console.execute("subscriber station-1").contains("FEBC00000001"), "taken from station-1");
        assertTrue(console.execute("subscriber station-1").startsWith("OK version=4 "), "versions stay");
        assertTrue(console.execute("drift-client station-3 FEBC1").startsWith("ERROR"));
    }

    @Test
    void aDroppedSubscriberIsForgottenAndANewApplyOfAnyVersionBringsItBack() throws Exception {
        SwitchClient client = loggedIn();
        apply(client, "station-1", 4, Subscribers.station("+15615550100", "00:10:49:1A:2B:01", "FEBC00000001",
                "+15615550199"));
        AdminConsole console = new AdminConsole(emulator);
        assertEquals("OK", console.execute("drift-drop station-1"));
        assertEquals("OK absent", console.execute("subscriber station-1"));
        assertEquals(List.of(), inventory(client, InventoryQuery.Kind.ENDPOINT));
        assertEquals(Status.OK, apply(client, "station-1", 2, Subscribers.station("+15615550100")).status());
    }

    @Test
    void aVersionSetBackMakesTheNextApplyCountAndChangedSettingsShowInTheInventory() throws Exception {
        SwitchClient client = loggedIn();
        apply(client, "station-1", 4, Subscribers.station("+15615550100"));
        AccountMobility settings = new AccountMobility("SMR1", "Globex", null, null, null, null);
        client.send(id -> new ApplyAccountMobility(id, "account-9", 3, settings));
        AdminConsole console = new AdminConsole(emulator);

        assertEquals("OK", console.execute("drift-version station-1 1"));
        assertEquals("OK", console.execute("drift-setting account-9 group Initech"));

        assertEquals(1, inventory(client, InventoryQuery.Kind.SUBSCRIBER).get(0).version());
        assertEquals(List.of(new InventoryItem("account-9", 3, null, null,
                new AccountMobility("SMR1", "Initech", null, null, null, null))),
                inventory(client, InventoryQuery.Kind.ACCOUNT_MOBILITY));
        assertEquals(Status.OK, apply(client, "station-1", 2, Subscribers.station("+15615550100")).status());
        assertTrue(console.execute("drift-setting account-9 colour blue").startsWith("ERROR Unknown setting"));
        assertTrue(console.execute("drift-version nobody 3").startsWith("ERROR"));
    }
}
