package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.onenumber.testsupport.MobilityClient;
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

    /** How the switch routes a call to the number once its answer is {@code expected}. */
    private String awaitRoute(String number, Predicate<String> expected) throws Exception {
        long deadline = System.nanoTime() + SWITCH_WAIT.toNanos();
        String last;
        do {
            last = SwitchConsole.reply(server.adminPort(), "route " + number, Duration.ofSeconds(10));
            if (expected.test(last)) {
                return last;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the switch never routed " + number + " as expected: " + last);
    }

    @Test
    void aReleasedNumberIsFreeAgainAndItsUserKeepsTheExtension() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Release " + UUID.randomUUID(), 2);
        String number = account.numbers().get(0);
        User ann = addUser(account, "Ann", "2301", number, null);
        awaitRoute(number, route -> route.startsWith("OK"));

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
        GetPhoneNumber get = new GetPhoneNumber();
        get.setNumber(written);
        assertEquals(NumberStatus.FREE, acme.port().getPhoneNumber(get).getPhoneNumber().getStatus());
        String route = awaitRoute(number, r -> r.startsWith("ERROR"));
        assertTrue(route.length() > "ERROR ".length(), "the switch says why it does not route the number: " + route);

        // a retry after a lost answer is harmless, and the number serves the next user
        assertEquals(NumberStatus.FREE, acme.port().releasePhoneNumber(release(number, null)).getPhoneNumber().getStatus());
        User ben = addUser(account, "Ben", "2302", number, null);
        assertEquals(number, ben.getBusinessNumber());
        PhoneNumber held = acme.port().getPhoneNumber(get).getPhoneNumber();
        assertEquals(NumberStatus.ASSIGNED, held.getStatus());
        assertEquals(ben.getUserId(), held.getUserId());
        assertEquals("2302", held.getExtension());
    }

    @Test
    void releaseRefusesWhatIsNotTheCarriersOrNotANumber() throws Exception {
        TestAccounts.Made theirs = TestAccounts.create(ProvisioningClient.northwind(server.url()).port(),
                "Release theirs " + UUID.randomUUID(), 1);
        OneNumberFaultDetail foreign = fault(() -> acme.port().releasePhoneNumber(release(theirs.numbers().get(0), null)));
        assertEquals("NOT_FOUND", foreign.getCode());
        assertEquals("number", foreign.getField());
        GetPhoneNumber theirNumber = new GetPhoneNumber();
        theirNumber.setNumber(theirs.numbers().get(0));
        assertEquals("NOT_FOUND", fault(() -> acme.port().getPhoneNumber(theirNumber)).getCode(),
                "another carrier's number is as unknown as a missing one");
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

        // an empty MAC is no way to drop the phone (RemoveDeskPhone is): refused, and the phone and its model stay
        ModifyUser emptyMac = new ModifyUser();
        emptyMac.setUserId(eve.getUserId());
        DeskPhone noMac = new DeskPhone();
        noMac.setModel("Changed Model X");
        noMac.setMacAddress("");
        emptyMac.setDeskPhone(noMac);
        OneNumberFaultDetail refused = fault(() -> acme.port().modifyUser(emptyMac));
        assertEquals("INVALID_MAC", refused.getCode());
        assertEquals(normalised, user(eve.getUserId()).getDeskPhone().getMacAddress());
        assertNotEquals("Changed Model X", user(eve.getUserId()).getDeskPhone().getModel());
        AddUser withEmptyMac = new AddUser();
        withEmptyMac.setAccountId(account.accountId());
        withEmptyMac.setSiteId(account.siteId());
        withEmptyMac.setFirstName("No");
        withEmptyMac.setLastName("Mac");
        withEmptyMac.setEmail("no.mac." + UUID.randomUUID() + "@example.com");
        withEmptyMac.setExtension("2502");
        withEmptyMac.setProfileType(ProfileType.ESSENTIALS);
        withEmptyMac.setDeskPhone(noMac);
        assertEquals("INVALID_MAC", fault(() -> acme.port().addUser(withEmptyMac)).getCode(), "nor is it a user without one");

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

    @Test
    void numbersAreFoundByRangeAndStatusWithTheirTotal() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Number range " + UUID.randomUUID(), 5);
        List<String> all = account.numbers().stream().sorted().toList();
        addUser(account, "Gus", "2601", all.get(2), null);
        ListPhoneNumbers range = new ListPhoneNumbers();
        range.setAccountId(account.accountId());
        range.setNumberFrom(all.get(1));
        range.setNumberTo("(" + all.get(3).substring(2, 5) + ") " + all.get(3).substring(5, 8) + "-" + all.get(3).substring(8));
        range.setIncludeTotal(true);
        ListPhoneNumbersResponse found = acme.port().listPhoneNumbers(range);
        assertEquals(all.subList(1, 4), found.getPhoneNumber().stream().map(PhoneNumber::getNumber).sorted().toList());
        assertEquals(3L, found.getTotal());
        range.setStatus(NumberStatus.FREE);
        assertEquals(List.of(all.get(1), all.get(3)), acme.port().listPhoneNumbers(range).getPhoneNumber().stream()
                .map(PhoneNumber::getNumber).sorted().toList());
        range.setIncludeTotal(null);
        assertNull(acme.port().listPhoneNumbers(range).getTotal(), "no total unless asked for");

        ListPhoneNumbers backwards = new ListPhoneNumbers();
        backwards.setAccountId(account.accountId());
        backwards.setNumberFrom(all.get(3));
        backwards.setNumberTo(all.get(1));
        OneNumberFaultDetail reversed = fault(() -> acme.port().listPhoneNumbers(backwards));
        assertEquals("INVALID_FIELD", reversed.getCode());
        assertEquals("numberTo", reversed.getField());
        ListPhoneNumbers garbage = new ListPhoneNumbers();
        garbage.setAccountId(account.accountId());
        garbage.setNumberFrom("two hundred");
        OneNumberFaultDetail bad = fault(() -> acme.port().listPhoneNumbers(garbage));
        assertEquals("INVALID_NUMBER", bad.getCode());
        assertEquals("numberFrom", bad.getField());
    }

    @Test
    void anAccountIsFoundByTheCarriersOwnReference() throws Exception {
        String reference = "CRM-" + UUID.randomUUID();
        AddAccount ours = new AddAccount();
        ours.setName("Referenced " + reference);
        ours.setExternalReference(reference);
        long accountId = acme.port().addAccount(ours).getAccount().getAccountId();
        AddAccount theirs = new AddAccount();
        theirs.setName("Theirs " + reference);
        theirs.setExternalReference(reference);
        ProvisioningClient.northwind(server.url()).port().addAccount(theirs);

        ListAccounts byReference = new ListAccounts();
        byReference.setExternalReference(" " + reference + " ");
        byReference.setIncludeTotal(true);
        ListAccountsResponse found = acme.port().listAccounts(byReference);
        assertEquals(List.of(accountId), found.getAccount().stream().map(Account::getAccountId).toList(),
                "the carrier's own account, never another carrier's with the same reference");
        assertEquals(1L, found.getTotal());
        byReference.setExternalReference(reference.toLowerCase() + "x");
        assertEquals(0L, acme.port().listAccounts(byReference).getTotal());
    }

    private GetSyncStatusResponse awaitSync(long userId, SyncState state) throws Exception {
        long deadline = System.nanoTime() + SWITCH_WAIT.toNanos();
        GetSyncStatus request = new GetSyncStatus();
        request.setUserId(userId);
        GetSyncStatusResponse status = acme.port().getSyncStatus(request);
        while (status.getState() != state && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = acme.port().getSyncStatus(request);
        }
        assertEquals(state, status.getState(), "sync state of user " + userId + ": " + status.getLastError());
        return status;
    }

    private ListSyncCommandsResponse open(long accountId, SyncCommandStatus status) throws OneNumberFault {
        ListSyncCommands list = new ListSyncCommands();
        list.setAccountId(accountId);
        list.setStatus(status);
        list.setIncludeTotal(true);
        return acme.port().listSyncCommands(list);
    }

    @Test
    void theAccountsFailedSwitchCommandsAreListedAndARetrySendsThem() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Sync list " + UUID.randomUUID(), 1);
        User kai = addUser(account, "Kai", "2701", account.numbers().get(0), null);
        awaitSync(kai.getUserId(), SyncState.IN_SYNC);
        assertEquals(0L, open(account.accountId(), null).getTotal());
        GetSyncStatusResponse failed;
        try {
            SwitchConsole.admin(server.adminPort(), "fail-percent 100 subscriber store is read-only");
            ModifyUser modify = new ModifyUser();
            modify.setUserId(kai.getUserId());
            modify.setExtension("2702");
            acme.port().modifyUser(modify);
            failed = awaitSync(kai.getUserId(), SyncState.FAILED);
        } finally {
            SwitchConsole.admin(server.adminPort(), "clear");
        }
        ListSyncCommandsResponse list = open(account.accountId(), SyncCommandStatus.FAILED);
        assertEquals(1L, list.getTotal());
        SyncCommand command = list.getCommand().get(0);
        assertEquals(failed.getSubscriber(), command.getTarget());
        assertEquals("SUBSCRIBER", command.getTargetKind());
        assertEquals(failed.getDesiredVersion(), command.getVersion());
        assertEquals(SyncCommandStatus.FAILED, command.getStatus());
        assertTrue(command.getLastError().contains("read-only"), command.getLastError());
        assertEquals(0L, open(account.accountId(), SyncCommandStatus.PENDING).getTotal());

        // another carrier can neither see nor retry it
        ListSyncCommands theirs = new ListSyncCommands();
        theirs.setAccountId(account.accountId());
        assertEquals("NOT_FOUND", fault(() -> ProvisioningClient.northwind(server.url()).port().listSyncCommands(theirs))
                .getCode());
        RetrySyncCommand retry = new RetrySyncCommand();
        retry.setCommandId(command.getCommandId());
        assertEquals("NOT_FOUND", fault(() -> ProvisioningClient.northwind(server.url()).port().retrySyncCommand(retry))
                .getCode());

        assertEquals(SyncCommandStatus.PENDING, acme.port().retrySyncCommand(retry).getCommand().getStatus());
        awaitSync(kai.getUserId(), SyncState.IN_SYNC);
        assertEquals(0L, open(account.accountId(), null).getTotal(), "nothing left for the switch");
        OneNumberFaultDetail again = fault(() -> acme.port().retrySyncCommand(retry));
        assertEquals("IN_USE", again.getCode(), "an applied command is not sent again");
    }

    @Test
    void anEmptyElementClearsAnOptionalValueAndAnAbsentOneLeavesIt() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Clearing " + UUID.randomUUID(), 1);
        ModifyAccount reference = new ModifyAccount();
        reference.setAccountId(account.accountId());
        reference.setExternalReference("  CRM-7  ");
        assertEquals("CRM-7", acme.port().modifyAccount(reference).getAccount().getExternalReference());
        ModifyAccount rename = new ModifyAccount();
        rename.setAccountId(account.accountId());
        rename.setName(account.name() + " renamed");
        assertEquals("CRM-7", acme.port().modifyAccount(rename).getAccount().getExternalReference(), "absent: left alone");
        reference.setExternalReference("");
        acme.port().modifyAccount(reference);
        GetAccount getAccount = new GetAccount();
        getAccount.setAccountId(account.accountId());
        assertNull(acme.port().getAccount(getAccount).getAccount().getExternalReference(), "empty: cleared");

        ModifySite address = new ModifySite();
        address.setSiteId(account.siteId());
        address.setAddress("1 Main Street");
        address.setCity("Springfield");
        acme.port().modifySite(address);
        ModifySite clear = new ModifySite();
        clear.setSiteId(account.siteId());
        clear.setAddress("");
        Site cleared = acme.port().modifySite(clear).getSite();
        assertNull(cleared.getAddress());
        assertEquals("Springfield", cleared.getCity());

        User hal = addUser(account, "Hal", "2801", account.numbers().get(0), null);
        ModifyUser noNumber = new ModifyUser();
        noNumber.setUserId(hal.getUserId());
        noNumber.setBusinessNumber("");
        assertNull(acme.port().modifyUser(noNumber).getUser().getBusinessNumber());
        ModifyUser noEmail = new ModifyUser();
        noEmail.setUserId(hal.getUserId());
        noEmail.setEmail("");
        assertEquals("email", fault(() -> acme.port().modifyUser(noEmail)).getField(), "a required value is not cleared");
        assertEquals(hal.getEmail(), user(hal.getUserId()).getEmail());
    }

    @Test
    void theMobilityAccessNumberIsNotReleasedBehindTheAddOnsBack() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "Access number " + UUID.randomUUID(), 1);
        String access = account.numbers().get(0);
        MobilityClient mobility = MobilityClient.acme(server.url());
        ActivateMobility activate = new ActivateMobility();
        activate.setAccountId(account.accountId());
        activate.setPurchaseConfirmed(true);
        mobility.port().activateMobility(activate);
        CompleteMobilityActivation complete = new CompleteMobilityActivation();
        complete.setAccountId(account.accountId());
        MobilitySettings settings = new MobilitySettings();
        settings.setMobilityRouter("SMR1");
        settings.setGroupName("Group " + account.accountId());
        settings.setAccessNumber(access);
        complete.setSettings(settings);
        mobility.port().completeMobilityActivation(complete);

        OneNumberFaultDetail refused = fault(() -> acme.port().releasePhoneNumber(release(access, null)));
        assertEquals("IN_USE", refused.getCode(), refused.getSummary());
        assertEquals("number", refused.getField());
        assertEquals(List.of(access), numbers(account.accountId(), NumberStatus.ASSIGNED), "still the add-on's");
    }

    @Test
    void anAccountAdminHearsNothingOfAnotherAccountsNumber() throws Exception {
        TestAccounts.Made other = TestAccounts.create(acme.port(), "Not Globex " + UUID.randomUUID(), 1);
        ProvisioningClient globexManager = new ProvisioningClient(server.url(), "pm", "Manager-2026");
        GetPhoneNumber get = new GetPhoneNumber();
        get.setNumber(other.numbers().get(0));
        OneNumberFaultDetail refused = fault(() -> globexManager.port().getPhoneNumber(get));
        assertEquals("NOT_FOUND", refused.getCode());
        assertEquals("number", refused.getField());
        assertTrue(!refused.getSummary().contains(String.valueOf(other.accountId())),
                "the answer does not name the account that holds it: " + refused.getSummary());
    }
}
