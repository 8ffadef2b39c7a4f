package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onenumber.testsupport.SoapFaults.fault;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.client.*;
import org.onenumber.testsupport.AnywhereClient;
import org.onenumber.testsupport.ListPages;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.NumberBlocks;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;

/**
 * Office Anywhere through the independent SOAP client, read back through the API and the switch emulator: portals
 * from the account's free numbers, the readiness check, users' alternate numbers, and every conflict refused with
 * a typed fault naming the holder and changing nothing.
 */
@ExtendWith(SharedServer.class)
class OfficeAnywhereSoapIT {

    private static final Duration SWITCH_WAIT = Duration.ofSeconds(30);

    private final PayaraMicro server;
    private final URL base;
    private final ProvisioningClient acme;
    private final AnywhereClient anywhere;

    OfficeAnywhereSoapIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
        this.acme = ProvisioningClient.acme(base);
        this.anywhere = AnywhereClient.acme(base);
    }

    private record Fixture(long accountId, long siteId, long otherSiteId, List<String> free, List<User> users) {
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** An account with two sites, five free numbers and three Premier users and a Basic one at the first site. */
    private Fixture fixture() throws Exception {
        AddAccount addAccount = new AddAccount();
        addAccount.setName("Anywhere " + unique());
        long accountId = acme.port().addAccount(addAccount).getAccount().getAccountId();
        long[] sites = new long[2];
        for (int i = 0; i < 2; i++) {
            AddSite site = new AddSite();
            site.setAccountId(accountId);
            site.setName(i == 0 ? "HQ" : "Branch");
            site.setCountry("US");
            sites[i] = acme.port().addSite(site).getSite().getSiteId();
        }
        AddPhoneNumbers numbers = new AddPhoneNumbers();
        numbers.setAccountId(accountId);
        String block = NumberBlocks.next();
        for (int i = 0; i < 9; i++) {
            numbers.getNumber().add(NumberBlocks.number(block, i));
        }
        List<String> inventory = new ArrayList<>(acme.port().addPhoneNumbers(numbers).getPhoneNumber().stream()
                .map(PhoneNumber::getNumber).toList());
        List<User> users = new ArrayList<>();
        String tag = unique();
        for (int i = 0; i < 4; i++) {
            AddUser add = new AddUser();
            add.setAccountId(accountId);
            add.setSiteId(sites[0]);
            add.setFirstName("Oa");
            add.setLastName("Person " + i);
            add.setEmail("oa" + i + "." + tag + "@example.com");
            add.setExtension(String.valueOf(2101 + i));
            add.setBusinessNumber(inventory.remove(0));
            add.setProfileType(i == 3 ? ProfileType.BASIC : ProfileType.PREMIER);
            users.add(acme.port().addUser(add).getUser());
        }
        return new Fixture(accountId, sites[0], sites[1], inventory, users);
    }

    private AddPortal portal(Fixture f, String number, String extension, PortalScope scope) {
        AddPortal add = new AddPortal();
        add.setSiteId(f.siteId());
        add.setNumber(number);
        add.setExtension(extension);
        add.setScope(scope);
        return add;
    }

    private List<Portal> portals(Fixture f) throws Exception {
        ListPortals list = new ListPortals();
        list.setAccountId(f.accountId());
        return anywhere.port().listPortals(list).getPortal();
    }

    private GetOfficeAnywhereReadinessResponse readiness(Fixture f) throws Exception {
        GetOfficeAnywhereReadiness get = new GetOfficeAnywhereReadiness();
        get.setSiteId(f.siteId());
        return anywhere.port().getOfficeAnywhereReadiness(get);
    }

    private static List<String> met(GetOfficeAnywhereReadinessResponse readiness) {
        return readiness.getCondition().stream().filter(ReadinessCondition::isMet).map(ReadinessCondition::getKey).toList();
    }

    private String admin(String command) throws Exception {
        return SwitchConsole.admin(server.adminPort(), command);
    }

    private String awaitSwitch(String command, String expected, boolean present) throws Exception {
        long deadline = System.nanoTime() + SWITCH_WAIT.toNanos();
        String last;
        do {
            last = admin(command);
            if (last.contains(expected) == present) {
                return last;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError((present ? "never showed " : "still shows ") + expected + ": " + last);
    }

    private String subscriber(long userId) throws Exception {
        GetSyncStatus request = new GetSyncStatus();
        request.setUserId(userId);
        return acme.port().getSyncStatus(request).getSubscriber();
    }

    private AddAlternateNumber alternate(long userId, String number, boolean active) {
        AddAlternateNumber add = new AddAlternateNumber();
        add.setUserId(userId);
        add.setNumber(number);
        add.setKind(NumberKind.WIRELESS);
        add.setDescription("Mobile");
        add.setActive(active);
        return add;
    }

    private static AssignOfficeAnywhere assign(long userId) {
        AssignOfficeAnywhere assign = new AssignOfficeAnywhere();
        assign.setUserId(userId);
        return assign;
    }

    @Test
    void aPortalFromAFreeNumberReachesTheSwitchAndLeavesItWithItsNumberAndExtensionFree() throws Exception {
        Fixture f = fixture();
        assertEquals(List.of("number"), met(readiness(f)), "only a free number to begin with");

        OneNumberFaultDetail noScope = fault(() -> anywhere.port().addPortal(portal(f, f.free().get(0), null, null)));
        assertEquals("SCOPE_REQUIRED", noScope.getCode());
        assertEquals("scope", noScope.getField());
        assertEquals("NUMBER_NOT_AVAILABLE", fault(() -> anywhere.port().addPortal(portal(f, "+12125550199", null,
                PortalScope.SITE))).getCode());
        assertEquals("NUMBER_NOT_AVAILABLE", fault(() -> anywhere.port().addPortal(portal(f,
                f.users().get(0).getBusinessNumber(), null, PortalScope.SITE))).getCode(), "a user's business number is taken");
        OneNumberFaultDetail taken = fault(() -> anywhere.port().addPortal(portal(f, f.free().get(0), "2101", PortalScope.SITE)));
        assertEquals("DUPLICATE_EXTENSION", taken.getCode());
        assertEquals("Extension 2101 is already used by Oa Person 0's station.", taken.getSummary());
        assertTrue(portals(f).isEmpty(), "no refused request made a portal");

        Portal portal = anywhere.with("oa-portal-" + unique(), null)
                .addPortal(portal(f, f.free().get(0), "300", PortalScope.SITE)).getPortal();
        assertEquals(PortalScope.SITE, portal.getScope());
        assertEquals("300", portal.getExtension());
        String display = String.format("(%s) %s-%s", portal.getNumber().substring(2, 5), portal.getNumber().substring(5, 8),
                portal.getNumber().substring(8));
        assertEquals(display, portal.getName(), "the name defaults to the number");
        String held = awaitSwitch("portal portal-" + portal.getPortalId(), "number=" + portal.getNumber(), true);
        assertTrue(held.contains("scope=SITE"), held);
        ListPhoneNumbers numbers = new ListPhoneNumbers();
        numbers.setAccountId(f.accountId());
        assertEquals(NumberStatus.ASSIGNED, acme.port().listPhoneNumbers(numbers).getPhoneNumber().stream()
                .filter(n -> n.getNumber().equals(portal.getNumber())).findFirst().orElseThrow().getStatus());

        OneNumberFaultDetail portalExtension = fault(() -> anywhere.port().addPortal(portal(f, f.free().get(1), "300",
                PortalScope.COMPANY)));
        assertEquals("Extension 300 is already used by Office Anywhere portal " + display + ".", portalExtension.getSummary());

        ModifyPortal rename = new ModifyPortal();
        rename.setPortalId(portal.getPortalId());
        rename.setExpectedVersion(portal.getVersion());
        rename.setName("Main portal");
        rename.setScope(PortalScope.COMPANY);
        Portal renamed = anywhere.port().modifyPortal(rename).getPortal();
        assertEquals("Main portal", renamed.getName());
        awaitSwitch("portal portal-" + portal.getPortalId(), "scope=COMPANY", true);
        assertEquals("STALE_VERSION", fault(() -> anywhere.port().modifyPortal(rename)).getCode());
        ListPortals ofSite = new ListPortals();
        ofSite.setAccountId(f.accountId());
        ofSite.setSiteId(f.siteId());
        assertEquals(1, anywhere.port().listPortals(ofSite).getPortal().size());
        ofSite.setSiteId(f.otherSiteId());
        assertTrue(anywhere.port().listPortals(ofSite).getPortal().isEmpty(), "the other site has none");

        DeletePortal delete = new DeletePortal();
        delete.setPortalId(portal.getPortalId());
        anywhere.port().deletePortal(delete);
        awaitSwitch("portal portal-" + portal.getPortalId(), "number=", false);
        assertEquals(NumberStatus.FREE, acme.port().listPhoneNumbers(numbers).getPhoneNumber().stream()
                .filter(n -> n.getNumber().equals(portal.getNumber())).findFirst().orElseThrow().getStatus());
        Portal again = anywhere.port().addPortal(portal(f, portal.getNumber(), "300", PortalScope.SITE)).getPortal();
        assertEquals("300", again.getExtension(), "the number and the extension are free for a new portal");
    }

    @Test
    void activeAlternateNumbersRingAndEveryConflictIsRefusedNamingTheHolder() throws Exception {
        Fixture f = fixture();
        anywhere.port().addPortal(portal(f, f.free().get(0), null, PortalScope.SITE));
        User ann = f.users().get(0);
        User bob = f.users().get(1);
        User carl = f.users().get(2);
        User basic = f.users().get(3);
        assertEquals("NOT_OFFICE_ANYWHERE_USER", fault(() -> anywhere.port().addAlternateNumber(
                alternate(ann.getUserId(), "+14155550101", true))).getCode());
        assertEquals("PROFILE_NOT_ELIGIBLE", fault(() -> anywhere.port().assignOfficeAnywhere(assign(basic.getUserId()))).getCode());

        anywhere.port().assignOfficeAnywhere(assign(ann.getUserId()));
        assertEquals(List.of("number", "portal", "user"), met(readiness(f)));
        String cell = NumberBlocks.single("415");
        String landline = NumberBlocks.single("650");
        AlternateNumber inactive = anywhere.port().addAlternateNumber(alternate(ann.getUserId(), landline, false)).getAlternateNumber();
        assertEquals(List.of("number", "portal", "user", "userNumber"), met(readiness(f)));
        anywhere.port().addAlternateNumber(alternate(ann.getUserId(), cell, true));
        GetOfficeAnywhereReadinessResponse ready = readiness(f);
        assertTrue(ready.isReady(), "all five met: " + met(ready));
        String station = "subscriber " + subscriber(ann.getUserId());
        String state = awaitSwitch(station, "OFFICE_ANYWHERE:" + cell, true);
        assertFalse(state.contains(landline), "an inactive number does not ring: " + state);

        // conflicts, each naming the holder, each changing nothing
        OneNumberFaultDetail own = fault(() -> anywhere.port().addAlternateNumber(alternate(ann.getUserId(), ann.getBusinessNumber(), true)));
        assertEquals("FEATURE_CONFLICT", own.getCode());
        assertTrue(own.getSummary().contains("Oa Person 0's own business number"), own.getSummary());
        OneNumberFaultDetail inventory = fault(() -> anywhere.port().addAlternateNumber(alternate(ann.getUserId(), f.free().get(2), true)));
        assertEquals("FEATURE_CONFLICT", inventory.getCode());
        assertTrue(inventory.getSummary().contains("inventory"), inventory.getSummary());
        anywhere.port().assignOfficeAnywhere(assign(bob.getUserId()));
        OneNumberFaultDetail others = fault(() -> anywhere.port().addAlternateNumber(alternate(bob.getUserId(), cell, true)));
        assertEquals("FEATURE_CONFLICT", others.getCode());
        assertTrue(others.getSummary().endsWith("is already Oa Person 0's Office Anywhere number."), others.getSummary());

        MobilityClient mobility = MobilityClient.acme(base);
        ActivateMobility activate = new ActivateMobility();
        activate.setAccountId(f.accountId());
        activate.setPurchaseConfirmed(true);
        mobility.port().activateMobility(activate);
        SetLicenseQuantity quantity = new SetLicenseQuantity();
        quantity.setAccountId(f.accountId());
        quantity.setQuantity(2);
        mobility.port().setLicenseQuantity(quantity);
        EnableMobilityUser enableAnn = new EnableMobilityUser();
        enableAnn.setUserId(ann.getUserId());
        enableAnn.setMobilityExtension("9201");
        OneNumberFaultDetail mobilityForAnywhere = fault(() -> mobility.port().enableMobilityUser(enableAnn));
        assertEquals("FEATURE_CONFLICT", mobilityForAnywhere.getCode());
        assertTrue(mobilityForAnywhere.getSummary().startsWith("Oa Person 0 uses Office Anywhere"), mobilityForAnywhere.getSummary());
        EnableMobilityUser enableCarl = new EnableMobilityUser();
        enableCarl.setUserId(carl.getUserId());
        enableCarl.setMobilityExtension("9202");
        mobility.port().enableMobilityUser(enableCarl);
        OneNumberFaultDetail anywhereForMobility = fault(() -> anywhere.port().assignOfficeAnywhere(assign(carl.getUserId())));
        assertEquals("FEATURE_CONFLICT", anywhereForMobility.getCode());
        assertTrue(anywhereForMobility.getSummary().startsWith("Oa Person 2 uses Mobility"), anywhereForMobility.getSummary());

        ListOfficeAnywhereUsers list = new ListOfficeAnywhereUsers();
        list.setAccountId(f.accountId());
        List<OfficeAnywhereUser> users = anywhere.port().listOfficeAnywhereUsers(list).getOfficeAnywhereUser();
        assertEquals(List.of(ann.getUserId(), bob.getUserId()), users.stream().map(OfficeAnywhereUser::getUserId).toList());
        assertEquals(2, users.get(0).getAlternateNumber().size());
        assertTrue(users.get(1).getAlternateNumber().isEmpty(), "no refused number was added");
        ListMobilityUsers mobilityUsers = new ListMobilityUsers();
        mobilityUsers.setAccountId(f.accountId());
        assertEquals(List.of(carl.getUserId()), mobility.port().listMobilityUsers(mobilityUsers).getMobilityUser().stream()
                .map(MobilityUser::getUserId).toList());

        // Active on, the number rings; removed, it is free for another user
        ModifyAlternateNumber activateLandline = new ModifyAlternateNumber();
        activateLandline.setNumberId(inactive.getNumberId());
        activateLandline.setExpectedVersion(inactive.getVersion());
        activateLandline.setNumber(landline);
        activateLandline.setKind(NumberKind.LANDLINE);
        activateLandline.setActive(true);
        AlternateNumber activated = anywhere.port().modifyAlternateNumber(activateLandline).getAlternateNumber();
        assertTrue(activated.isActive());
        assertEquals("Mobile", activated.getDescription(), "an absent description stays, as the contract says");
        ModifyAlternateNumber clearNote = new ModifyAlternateNumber();
        clearNote.setNumberId(inactive.getNumberId());
        clearNote.setNumber(landline);
        clearNote.setKind(NumberKind.LANDLINE);
        clearNote.setActive(true);
        clearNote.setDescription("");
        assertNull(anywhere.port().modifyAlternateNumber(clearNote).getAlternateNumber().getDescription(),
                "an explicit empty description clears it");
        awaitSwitch(station, "OFFICE_ANYWHERE:" + landline, true);
        RemoveOfficeAnywhere remove = new RemoveOfficeAnywhere();
        remove.setUserId(ann.getUserId());
        anywhere.port().removeOfficeAnywhere(remove);
        awaitSwitch(station, "OFFICE_ANYWHERE:", false);
        assertEquals(cell, anywhere.port().addAlternateNumber(alternate(bob.getUserId(), cell, true)).getAlternateNumber().getNumber());
    }

    private MoveCall move(long userId, String callId, CallTarget target, String commandId) {
        MoveCall move = new MoveCall();
        move.setUserId(userId);
        move.setCallId(callId);
        move.setTarget(target);
        move.setCommandId(commandId);
        return move;
    }

    /** Waits until the application has heard of the call from the switch's events (moves check whose call it is). */
    private void awaitKnownCall(MoveCall probe) throws Exception {
        long deadline = System.nanoTime() + SWITCH_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                anywhere.port().moveCall(probe);
                return;
            } catch (OneNumberFault fault) {
                if (!"NOT_FOUND".equals(fault.getFaultInfo().getCode())) {
                    throw fault;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the application never heard of call " + probe.getCallId());
    }

    @Test
    void aDeskCallIsPushedOnceToTheOfficeAnywherePhoneAndPulledBackAndAConferenceStays() throws Exception {
        Fixture f = fixture();
        User ann = f.users().get(0);
        anywhere.port().assignOfficeAnywhere(assign(ann.getUserId()));
        String cell = NumberBlocks.single("415");
        anywhere.port().addAlternateNumber(alternate(ann.getUserId(), cell, true));
        String subscriber = subscriber(ann.getUserId());
        awaitSwitch("subscriber " + subscriber, "OFFICE_ANYWHERE:" + cell, true);

        String call = admin("call " + subscriber + " +12125550123 DESK").substring(3).trim();
        String push = "push-" + unique();
        awaitKnownCall(move(ann.getUserId(), call, CallTarget.OFFICE_ANYWHERE, push));
        assertTrue(admin("active " + call).contains("device=OFFICE_ANYWHERE"), admin("active " + call));
        // the same command again runs once: the switch answers with its first result, the call stays where it went
        String again = anywhere.port().moveCall(move(ann.getUserId(), call, CallTarget.OFFICE_ANYWHERE, push)).getResult();
        assertTrue(again.endsWith(cell), again);
        assertTrue(admin("active " + call).contains("device=OFFICE_ANYWHERE"));

        anywhere.port().moveCall(move(ann.getUserId(), call, CallTarget.DESK, "pull-" + unique()));
        assertTrue(admin("active " + call).contains("device=DESK"), "pulled back to the desk");

        admin("parties " + call + " 4"); // a large conference: more than three parties
        OneNumberFaultDetail conference = fault(() -> anywhere.port().moveCall(move(ann.getUserId(), call,
                CallTarget.OFFICE_ANYWHERE, "push-" + unique())));
        assertEquals("MOVE_REFUSED", conference.getCode());
        assertTrue(conference.getSummary().toLowerCase(java.util.Locale.ROOT).contains("conference"), conference.getSummary());
        assertTrue(admin("active " + call).contains("device=DESK"), "the conference stays on the desk phone");

        // another user's call is not this user's to move
        anywhere.port().assignOfficeAnywhere(assign(f.users().get(1).getUserId()));
        assertEquals("NOT_FOUND", fault(() -> anywhere.port().moveCall(move(f.users().get(1).getUserId(), call,
                CallTarget.DESK, "x-" + unique()))).getCode());
        admin("end " + call);
    }

    @Test
    void aPortalCallAbroadIsBilledOnceInTheMonthsTollUsage() throws Exception {
        Fixture f = fixture();
        User ann = f.users().get(0);
        Portal portal = anywhere.port().addPortal(portal(f, f.free().get(0), null, PortalScope.SITE)).getPortal();
        anywhere.port().assignOfficeAnywhere(assign(ann.getUserId()));
        String cell = NumberBlocks.single("415");
        anywhere.port().addAlternateNumber(alternate(ann.getUserId(), cell, true));
        awaitSwitch("subscriber " + subscriber(ann.getUserId()), "OFFICE_ANYWHERE:" + cell, true);
        awaitSwitch("portal portal-" + portal.getPortalId(), "number=", true);

        String call = admin("portal-call " + cell + " " + portal.getNumber() + " +33142685300");
        assertTrue(call.contains("callerId=" + ann.getBusinessNumber()) && call.contains("rateClass=INTERNATIONAL"), call);
        String callId = call.split(" ")[1];
        String local = admin("portal-call " + cell + " " + portal.getNumber() + " " + portal.getNumber().substring(0, 5) + "5550199");
        assertTrue(local.contains("rateClass=LOCAL"), local);
        admin("end " + callId);
        admin("end " + local.split(" ")[1]);

        ListTollUsage usage = new ListTollUsage();
        usage.setAccountId(f.accountId());
        java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
        usage.setMonth(javax.xml.datatype.DatatypeFactory.newInstance().newXMLGregorianCalendar(now + "-01T00:00:00Z"));
        usage.getMonth().setDay(javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED);
        usage.getMonth().setTime(javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED, javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED,
                javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED);
        usage.getMonth().setTimezone(javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED);
        long deadline = System.nanoTime() + SWITCH_WAIT.toNanos();
        List<TollCall> calls = List.of();
        while (System.nanoTime() < deadline && calls.isEmpty()) {
            calls = anywhere.port().listTollUsage(usage).getCall();
            Thread.sleep(100);
        }
        assertEquals(1, calls.size(), "the international call only, once: " + calls);
        assertEquals(callId, calls.get(0).getCallId());
        assertEquals("+33142685300", calls.get(0).getDestination());
        assertEquals("INTERNATIONAL", calls.get(0).getRateClass());
        assertEquals(portal.getNumber(), calls.get(0).getPortal());
        assertEquals(ann.getUserId(), calls.get(0).getUserId());
    }

    /**
     * Across accounts of one carrier: another account's inventory number and another customer's Office Anywhere number
     * are refused without naming that customer's user; a number a feature rings cannot join an inventory; a user with
     * Office Anywhere does not go down to the Basic profile.
     */
    @Test
    void conflictsAcrossAccountsNameNoOtherCustomersUserAndBasicKeepsNoOfficeAnywhere() throws Exception {
        Fixture a = fixture();
        Fixture b = fixture();
        User ann = a.users().get(0);
        User bea = b.users().get(0);
        anywhere.port().assignOfficeAnywhere(assign(ann.getUserId()));
        anywhere.port().assignOfficeAnywhere(assign(bea.getUserId()));
        String cell = NumberBlocks.single("415");
        anywhere.port().addAlternateNumber(alternate(ann.getUserId(), cell, true));

        OneNumberFaultDetail otherCustomer = fault(() -> anywhere.port().addAlternateNumber(alternate(bea.getUserId(), cell, true)));
        assertEquals("FEATURE_CONFLICT", otherCustomer.getCode());
        assertTrue(otherCustomer.getSummary().contains("a user of another customer"), otherCustomer.getSummary());
        assertFalse(otherCustomer.getSummary().contains("Oa Person"), "no other customer's name: " + otherCustomer.getSummary());
        OneNumberFaultDetail otherInventory = fault(() -> anywhere.port().addAlternateNumber(alternate(bea.getUserId(),
                ann.getBusinessNumber(), true)));
        assertEquals("FEATURE_CONFLICT", otherInventory.getCode(), "another account's business number: " + otherInventory.getSummary());

        AddPhoneNumbers claimed = new AddPhoneNumbers();
        claimed.setAccountId(b.accountId());
        claimed.getNumber().add(cell);
        assertEquals("FEATURE_CONFLICT", fault(() -> acme.port().addPhoneNumbers(claimed)).getCode());

        ModifyUser basic = new ModifyUser();
        basic.setUserId(ann.getUserId());
        basic.setProfileType(ProfileType.BASIC);
        OneNumberFaultDetail downgrade = fault(() -> acme.port().modifyUser(basic));
        assertEquals("PROFILE_NOT_ELIGIBLE", downgrade.getCode());
        assertEquals("profileType", downgrade.getField());
        GetUser get = new GetUser();
        get.setUserId(ann.getUserId());
        assertEquals(ProfileType.PREMIER, acme.port().getUser(get).getUser().getProfileType());

        ListOfficeAnywhereUsers list = new ListOfficeAnywhereUsers();
        list.setAccountId(b.accountId());
        assertTrue(anywhere.port().listOfficeAnywhereUsers(list).getOfficeAnywhereUser().get(0).getAlternateNumber().isEmpty());
    }

    private ListPortalsResponse portals(Fixture f, PageRequest page, Boolean includeTotal) throws Exception {
        ListPortals list = new ListPortals();
        list.setAccountId(f.accountId());
        list.setPage(page);
        list.setIncludeTotal(includeTotal);
        return anywhere.port().listPortals(list);
    }

    private ListOfficeAnywhereUsersResponse anywhereUsers(Fixture f, PageRequest page, Boolean includeTotal) throws Exception {
        ListOfficeAnywhereUsers list = new ListOfficeAnywhereUsers();
        list.setAccountId(f.accountId());
        list.setPage(page);
        list.setIncludeTotal(includeTotal);
        return anywhere.port().listOfficeAnywhereUsers(list);
    }

    private ListTollUsageResponse tollUsage(Fixture f, PageRequest page, Boolean includeTotal) throws Exception {
        ListTollUsage usage = new ListTollUsage();
        usage.setAccountId(f.accountId());
        usage.setMonth(javax.xml.datatype.DatatypeFactory.newInstance().newXMLGregorianCalendar(
                java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString()));
        usage.setPage(page);
        usage.setIncludeTotal(includeTotal);
        return anywhere.port().listTollUsage(usage);
    }

    private static List<Long> portalIds(ListPortalsResponse answer) {
        return answer.getPortal().stream().map(Portal::getPortalId).toList();
    }

    private static List<Long> userIds(ListOfficeAnywhereUsersResponse answer) {
        return answer.getOfficeAnywhereUser().stream().map(OfficeAnywhereUser::getUserId).toList();
    }

    private static List<String> callIds(ListTollUsageResponse answer) {
        return answer.getCall().stream().map(TollCall::getCallId).toList();
    }

    /**
     * A client that never sends page gets every portal, Office Anywhere user and toll call as before; one that pages
     * gets them in the same order, each once, a page of the size it asked for at a time, and the total when asked.
     * The items are made out of id order (a portal of the second site first, users given Office Anywhere from the
     * last name back, the last of them renamed to come first), so pages cut by id alone would not join to the
     * whole list.
     */
    @Test
    void portalsOfficeAnywhereUsersAndTollCallsPageWhenAskedAndTheirPagesJoinToTheWholeList() throws Exception {
        Fixture f = fixture();
        AddPortal branch = portal(f, f.free().get(0), null, PortalScope.SITE);
        branch.setSiteId(f.otherSiteId());
        Portal last = anywhere.port().addPortal(branch).getPortal();
        List<Portal> made = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            made.add(anywhere.port().addPortal(portal(f, f.free().get(i), null, PortalScope.SITE)).getPortal());
        }
        made.add(last);
        List<Long> everyPortal = portalIds(portals(f, null, null));
        assertEquals(made.stream().map(Portal::getPortalId).toList(), everyPortal, "by site, then oldest first");
        assertNull(portals(f, null, null).getNextCursor(), "no page asked: the whole list and no cursor");
        for (int size : new int[] {1, 3}) {
            assertEquals(everyPortal, ListPages.walk(size, page -> {
                ListPortalsResponse answer = portals(f, page, null);
                return new ListPages.Answer<>(portalIds(answer), answer.getNextCursor());
            }), "pages of " + size);
        }
        ListPortalsResponse first = portals(f, ListPages.page(2, null), true);
        assertEquals(everyPortal.subList(0, 2), portalIds(first));
        assertEquals(4L, first.getTotal());
        assertNull(portals(f, ListPages.page(2, null), null).getTotal(), "no total unless asked");
        assertEquals(4, portalIds(portals(f, new PageRequest(), null)).size(), "an empty page: the first 50");

        for (int i = 2; i >= 0; i--) {
            anywhere.port().assignOfficeAnywhere(assign(f.users().get(i).getUserId()));
        }
        ModifyUser rename = new ModifyUser();
        rename.setUserId(f.users().get(2).getUserId());
        rename.setLastName("Abbott");
        acme.port().modifyUser(rename);
        List<Long> everyUser = userIds(anywhereUsers(f, null, null));
        assertEquals(List.of(f.users().get(2).getUserId(), f.users().get(0).getUserId(), f.users().get(1).getUserId()),
                everyUser, "by last name, then first name");
        assertEquals(everyUser, ListPages.walk(2, page -> {
            ListOfficeAnywhereUsersResponse answer = anywhereUsers(f, page, null);
            return new ListPages.Answer<>(userIds(answer), answer.getNextCursor());
        }));
        assertEquals(3L, anywhereUsers(f, ListPages.page(1, null), true).getTotal());

        User ann = f.users().get(0);
        String cell = NumberBlocks.single("415");
        anywhere.port().addAlternateNumber(alternate(ann.getUserId(), cell, true));
        awaitSwitch("subscriber " + subscriber(ann.getUserId()), "OFFICE_ANYWHERE:" + cell, true);
        Portal hq = made.get(0);
        awaitSwitch("portal portal-" + hq.getPortalId(), "number=", true);
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String call = admin("portal-call " + cell + " " + hq.getNumber() + " +3314268530" + i);
            placed.add(call.split(" ")[1]);
            admin("end " + placed.get(i));
        }
        long deadline = System.nanoTime() + SWITCH_WAIT.toNanos();
        List<String> everyCall = callIds(tollUsage(f, null, null));
        while (everyCall.size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            everyCall = callIds(tollUsage(f, null, null));
        }
        assertEquals(new java.util.HashSet<>(placed), new java.util.HashSet<>(everyCall), "the three calls, each once");
        List<String> oldestFirst = everyCall;
        assertEquals(oldestFirst, ListPages.walk(2, page -> {
            ListTollUsageResponse answer = tollUsage(f, page, null);
            return new ListPages.Answer<>(callIds(answer), answer.getNextCursor());
        }));
        ListTollUsageResponse onePage = tollUsage(f, ListPages.page(1, null), true);
        assertEquals(List.of(oldestFirst.get(0)), callIds(onePage));
        assertEquals(3L, onePage.getTotal());
    }

    /**
     * A cursor serves only its own list and filters, and a page size outside 1 to 200 is refused: each with the typed
     * fault naming the field, the list left as it was.
     */
    @Test
    void anotherListsCursorAndAPageSizeOutOfRangeAreRefusedWithTheTypedFault() throws Exception {
        Fixture f = fixture();
        for (int i = 0; i < 2; i++) {
            anywhere.port().addPortal(portal(f, f.free().get(i), null, PortalScope.SITE));
            anywhere.port().assignOfficeAnywhere(assign(f.users().get(i).getUserId()));
        }
        List<Long> everyPortal = portalIds(portals(f, null, null));
        List<Long> everyUser = userIds(anywhereUsers(f, null, null));
        ListSites sites = new ListSites();
        sites.setAccountId(f.accountId());
        sites.setPage(ListPages.page(1, null));
        String sitesCursor = acme.port().listSites(sites).getNextCursor();
        String portalsCursor = portals(f, ListPages.page(1, null), null).getNextCursor();
        String usersCursor = anywhereUsers(f, ListPages.page(1, null), null).getNextCursor();
        assertTrue(sitesCursor != null && portalsCursor != null && usersCursor != null, "each list has a second page");

        for (String foreign : List.of(sitesCursor, usersCursor)) {
            OneNumberFaultDetail refused = fault(() -> portals(f, ListPages.page(1, foreign), null));
            assertEquals("INVALID_FIELD", refused.getCode());
            assertEquals("cursor", refused.getField());
        }
        for (String foreign : List.of(sitesCursor, portalsCursor)) {
            OneNumberFaultDetail refused = fault(() -> anywhereUsers(f, ListPages.page(1, foreign), null));
            assertEquals("INVALID_FIELD", refused.getCode());
            assertEquals("cursor", refused.getField());
        }
        assertEquals("cursor", fault(() -> tollUsage(f, ListPages.page(1, portalsCursor), null)).getField());
        ListPortals otherSite = new ListPortals();
        otherSite.setAccountId(f.accountId());
        otherSite.setSiteId(f.siteId());
        otherSite.setPage(ListPages.page(1, portalsCursor));
        assertEquals("cursor", fault(() -> anywhere.port().listPortals(otherSite)).getField(), "the same list, other filters");

        for (int size : new int[] {0, 201}) {
            for (OneNumberFaultDetail refused : List.of(fault(() -> portals(f, ListPages.page(size, null), null)),
                    fault(() -> anywhereUsers(f, ListPages.page(size, null), null)),
                    fault(() -> tollUsage(f, ListPages.page(size, null), null)))) {
                assertEquals("INVALID_FIELD", refused.getCode());
                assertEquals("pageSize", refused.getField());
            }
        }
        assertEquals(everyPortal, portalIds(portals(f, null, null)), "the portals as they were");
        assertEquals(everyUser, userIds(anywhereUsers(f, null, null)), "the Office Anywhere users as they were");
    }
}
