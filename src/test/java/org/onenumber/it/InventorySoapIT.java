package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onenumber.testsupport.SoapFaults.fault;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.client.*;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;
import org.onenumber.testsupport.TestAccounts;

/**
 * The inventory's way back, as a carrier's back office uses it: release a user's number to the free numbers, take
 * free numbers out of the inventory, take a desk phone off a user and off the switch. Each refusal changes nothing,
 * read back through the ordinary operations and the switch emulator's console.
 */
@ExtendWith(SharedServer.class)
class InventorySoapIT {

    private static final Duration SWITCH_WAIT = Duration.ofSeconds(30);

    private final PayaraMicro server;
    private ProvisioningClient acme;

    InventorySoapIT(PayaraMicro server) {
        this.server = server;
    }

    @BeforeEach
    void clients() {
        acme = ProvisioningClient.acme(server.url());
    }

    private User addUser(TestAccounts.Made account, String first, String extension, String number, String mac)
            throws OneNumberFault {
        AddUser add = new AddUser();
        add.setAccountId(account.accountId());
        add.setSiteId(account.siteId());
        add.setFirstName(first);
        add.setLastName("Inventory");
        add.setEmail(first.toLowerCase() + "." + account.accountId() + "@inventory.example.com");
        add.setExtension(extension);
        add.setBusinessNumber(number);
        add.setProfileType(ProfileType.PREMIER);
        if (mac != null) {
            DeskPhone phone = new DeskPhone();
            phone.setModel("IP485G");
            phone.setMacAddress(mac);
            add.setDeskPhone(phone);
        }
        return acme.port().addUser(add).getUser();
    }

    private User user(long userId) throws OneNumberFault {
        GetUser get = new GetUser();
        get.setUserId(userId);
        return acme.port().getUser(get).getUser();
    }

    private List<String> numbers(long accountId, NumberStatus status) throws OneNumberFault {
        ListPhoneNumbers list = new ListPhoneNumbers();
        list.setAccountId(accountId);
        list.setStatus(status);
        return acme.port().listPhoneNumbers(list).getPhoneNumber().stream().map(PhoneNumber::getNumber).toList();
    }

    private static ReleasePhoneNumber release(String number, Long expectedVersion) {
        ReleasePhoneNumber release = new ReleasePhoneNumber();
        release.setNumber(number);
        release.setExpectedVersion(expectedVersion);
        return release;
    }

    private static String mac(long accountId, int n) {
        return String.format("0B%08X%02X", accountId, n);
    }

    /** What the switch holds for the user once it holds {@code expected}. */
    private String awaitSwitch(long userId, Predicate<String> expected) throws Exception {
        GetSyncStatus sync = new GetSyncStatus();
        sync.setUserId(userId);
        String subscriber = acme.port().getSyncStatus(sync).getSubscriber();
        long deadline = System.nanoTime() + SWITCH_WAIT.toNanos();
        String last;
        do {
            last = SwitchConsole.admin(server.adminPort(), "subscriber " + subscriber);
            if (expected.test(last)) {
                return last;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the switch never came to hold what was expected: " + last);
    }

    @Test
    void aReleasedNumberIsFreeAgainAndItsUserKeepsTheExtension() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Release " + UUID.randomUUID(), 2);
        String number = account.numbers().get(0);
        User ann = addUser(account, "Ann", "2301", number, null);
        awaitSwitch(ann.getUserId(), state -> state.contains(number));

        String written = "(" + number.substring(2, 5) + ") " + number.substring(5, 8) + "-" + number.substring(8);
        OneNumberFaultDetail stale = fault(() -> acme.port().releasePhoneNumber(release(written, ann.getVersion() - 1)));
        assertEquals("STALE_VERSION", stale.getCode());
        assertEquals(number, user(ann.getUserId()).getBusinessNumber(), "a stale release changed nothing");

        PhoneNumber released = acme.port().releasePhoneNumber(release(written, ann.getVersion())).getPhoneNumber();
        assertEquals(NumberStatus.FREE, released.getStatus());
        assertNull(released.getUserId());
        User after = user(ann.getUserId());
        assertNull(after.getBusinessNumber());
        assertEquals("2301", after.getExtension());
        assertTrue(after.getVersion() > ann.getVersion(), "the user's version grew");
        assertTrue(numbers(account.accountId(), NumberStatus.FREE).contains(number));
        awaitSwitch(ann.getUserId(), state -> !state.contains(number));

        // a retry after a lost answer is harmless, and the number serves the next user
        assertEquals(NumberStatus.FREE, acme.port().releasePhoneNumber(release(number, null)).getPhoneNumber().getStatus());
        User ben = addUser(account, "Ben", "2302", number, null);
        assertEquals(number, ben.getBusinessNumber());
    }

    @Test
    void releaseRefusesWhatIsNotTheCarriersOrNotANumber() throws Exception {
        TestAccounts.Made theirs = TestAccounts.create(ProvisioningClient.northwind(server.url()).port(),
                "Release theirs " + UUID.randomUUID(), 1);
        OneNumberFaultDetail foreign = fault(() -> acme.port().releasePhoneNumber(release(theirs.numbers().get(0), null)));
        assertEquals("NOT_FOUND", foreign.getCode());
        assertEquals("number", foreign.getField());
        OneNumberFaultDetail garbage = fault(() -> acme.port().releasePhoneNumber(release("call me maybe", null)));
        assertEquals("INVALID_NUMBER", garbage.getCode());
        assertEquals("number", garbage.getField());
    }

    @Test
    void freeNumbersLeaveTheInventoryAllOrNone() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Remove numbers " + UUID.randomUUID(), 4);
        List<String> all = account.numbers();
        addUser(account, "Cid", "2401", all.get(1), null);

        RemovePhoneNumbers withAnAssignedOne = new RemovePhoneNumbers();
        withAnAssignedOne.setAccountId(account.accountId());
        withAnAssignedOne.getNumber().addAll(List.of(all.get(0), all.get(1)));
        OneNumberFaultDetail inUse = fault(() -> acme.port().removePhoneNumbers(withAnAssignedOne));
        assertEquals("IN_USE", inUse.getCode());
        assertEquals("number[1]", inUse.getField());

        RemovePhoneNumbers twice = new RemovePhoneNumbers();
        twice.setAccountId(account.accountId());
        twice.getNumber().addAll(List.of(all.get(0), all.get(0)));
        assertEquals("DUPLICATE_NUMBER", fault(() -> acme.port().removePhoneNumbers(twice)).getCode());

        RemovePhoneNumbers notHere = new RemovePhoneNumbers();
        notHere.setAccountId(account.accountId());
        notHere.getNumber().addAll(List.of(all.get(0), "+12125550100"));
        OneNumberFaultDetail missing = fault(() -> acme.port().removePhoneNumbers(notHere));
        assertEquals("NOT_FOUND", missing.getCode());
        assertEquals("number[1]", missing.getField());
        assertEquals(4, numbers(account.accountId(), null).size(), "no refused list removed anything");

        RemovePhoneNumbers free = new RemovePhoneNumbers();
        free.setAccountId(account.accountId());
        free.getNumber().addAll(List.of(all.get(0), all.get(2)));
        assertEquals(2, acme.port().removePhoneNumbers(free).getRemoved());
        assertEquals(List.of(all.get(1), all.get(3)), numbers(account.accountId(), null).stream().sorted().toList());
        // gone from the inventory: a user can no longer take one
        assertEquals("NUMBER_NOT_AVAILABLE", fault(() -> addUser(account, "Dot", "2402", all.get(0), null)).getCode());
    }

    @Test
    void aRemovedDeskPhoneLeavesTheSwitchAndItsMacIsFree() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Desk phone " + UUID.randomUUID(), 1);
        String mac = mac(account.accountId(), 1);
        User eve = addUser(account, "Eve", "2501", account.numbers().get(0), mac);
        String normalised = eve.getDeskPhone().getMacAddress();
        awaitSwitch(eve.getUserId(), state -> state.contains("DESK:" + normalised));

        RemoveDeskPhone stale = new RemoveDeskPhone();
        stale.setUserId(eve.getUserId());
        stale.setExpectedVersion(eve.getVersion() + 5);
        assertEquals("STALE_VERSION", fault(() -> acme.port().removeDeskPhone(stale)).getCode());
        assertNotNull(user(eve.getUserId()).getDeskPhone());

        RemoveDeskPhone remove = new RemoveDeskPhone();
        remove.setUserId(eve.getUserId());
        remove.setExpectedVersion(eve.getVersion());
        User after = acme.port().removeDeskPhone(remove).getUser();
        assertNull(after.getDeskPhone());
        assertEquals(account.numbers().get(0), after.getBusinessNumber());
        assertNull(user(eve.getUserId()).getDeskPhone());
        String onSwitch = awaitSwitch(eve.getUserId(), state -> !state.contains("DESK:"));
        assertTrue(onSwitch.contains("name="), onSwitch);

        OneNumberFaultDetail none = fault(() -> acme.port().removeDeskPhone(remove));
        assertEquals("STALE_VERSION", none.getCode(), "the version moved on");
        remove.setExpectedVersion(null);
        OneNumberFaultDetail noPhone = fault(() -> acme.port().removeDeskPhone(remove));
        assertEquals("NOT_FOUND", noPhone.getCode());
        assertEquals("deskPhone", noPhone.getField());
        // the MAC address serves another user now
        User fay = addUser(account, "Fay", "2502", null, mac);
        assertEquals(normalised, fay.getDeskPhone().getMacAddress());
    }
}
