package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onenumber.testsupport.SoapFaults.fault;

import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.client.*;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;

/**
 * The provisioning contract through an independent SOAP stack (CXF): what a carrier's back office
 * does and sees. Each test makes its own account, so tests do not depend on each other or on order.
 */
@ExtendWith(SharedServer.class)
class SoapProvisioningIT {

    private final URL base;
    private ProvisioningClient acme;

    SoapProvisioningIT(PayaraMicro server) {
        this.base = server.url();
    }

    @BeforeEach
    void clients() {
        acme = ProvisioningClient.acme(base);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh account with one site and a few free numbers; returns {accountId, siteId} and the numbers. */
    private record Fixture(long accountId, long siteId, List<String> numbers) {
    }

    private Fixture fixture() throws OneNumberFault {
        AddAccount addAccount = new AddAccount();
        addAccount.setName("Test " + unique());
        long accountId = acme.port().addAccount(addAccount).getAccount().getAccountId();
        AddSite addSite = new AddSite();
        addSite.setAccountId(accountId);
        addSite.setName("HQ");
        addSite.setCountry("US");
        long siteId = acme.port().addSite(addSite).getSite().getSiteId();
        AddPhoneNumbers addNumbers = new AddPhoneNumbers();
        addNumbers.setAccountId(accountId);
        int prefix = 200 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 700);
        int line = (int) (Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 9000);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            numbers.add(String.format("(%03d) 55%d-%04d", prefix, 2 + i, line));
        }
        addNumbers.getNumber().addAll(numbers);
        acme.port().addPhoneNumbers(addNumbers);
        return new Fixture(accountId, siteId, numbers);
    }

    private static AddUser user(Fixture f, String extension, String number) {
        AddUser add = new AddUser();
        add.setAccountId(f.accountId());
        add.setSiteId(f.siteId());
        add.setFirstName("Dana");
        add.setLastName("Scully " + extension);
        add.setEmail("dana" + extension + "@example.com");
        add.setExtension(extension);
        add.setBusinessNumber(number);
        add.setProfileType(ProfileType.PREMIER);
        return add;
    }

    private List<User> allUsers(long accountId) throws OneNumberFault {
        ListUsers list = new ListUsers();
        list.setAccountId(accountId);
        return acme.port().listUsers(list).getUser();
    }


    @Test
    void createsAccountSiteAndUserAndReadsThemBack() throws Exception {
        Fixture f = fixture();
        AddUser add = user(f, "3101", f.numbers().get(0));
        DeskPhone phone = new DeskPhone();
        phone.setModel("IP485G");
        phone.setMacAddress("00-10-49-aa-bb-01".replace("01", unique().substring(0, 2).replaceAll("[^0-9a-f]", "0")));
        add.setDeskPhone(phone);
        User created = acme.port().addUser(add).getUser();

        GetUser get = new GetUser();
        get.setUserId(created.getUserId());
        User read = acme.port().getUser(get).getUser();
        assertEquals("3101", read.getExtension());
        assertTrue(read.getBusinessNumber().startsWith("+1") && read.getBusinessNumber().length() == 12,
                "number stored in E.164: " + read.getBusinessNumber());
        assertEquals(f.siteId(), read.getSiteId());
        assertEquals("IP485G", read.getDeskPhone().getModel());
        assertTrue(read.getDeskPhone().getMacAddress().matches("([0-9A-F]{2}:){5}[0-9A-F]{2}"));

        GetAccount getAccount = new GetAccount();
        getAccount.setAccountId(f.accountId());
        assertEquals(f.accountId(), acme.port().getAccount(getAccount).getAccount().getAccountId());
        GetSite getSite = new GetSite();
        getSite.setSiteId(f.siteId());
        assertEquals("HQ", acme.port().getSite(getSite).getSite().getName());

        ListPhoneNumbers numbers = new ListPhoneNumbers();
        numbers.setAccountId(f.accountId());
        numbers.setStatus(NumberStatus.ASSIGNED);
        List<PhoneNumber> assigned = acme.port().listPhoneNumbers(numbers).getPhoneNumber();
        assertEquals(1, assigned.size());
        assertEquals("3101", assigned.get(0).getExtension());
    }

    @Test
    void listsUsersPageByPageWithACursor() throws Exception {
        Fixture f = fixture();
        for (int i = 0; i < 5; i++) {
            acme.port().addUser(user(f, "40" + i, null));
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ListUsers list = new ListUsers();
            list.setAccountId(f.accountId());
            PageRequest page = new PageRequest();
            page.setPageSize(2);
            page.setCursor(cursor);
            list.setPage(page);
            ListUsersResponse response = acme.port().listUsers(list);
            assertTrue(response.getUser().size() <= 2);
            response.getUser().forEach(u -> seen.add(u.getUserId()));
            cursor = response.getNextCursor();
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(5, seen.size());
        assertEquals(5, seen.stream().distinct().count());

        ListUsers tooBig = new ListUsers();
        tooBig.setAccountId(f.accountId());
        PageRequest page = new PageRequest();
        page.setPageSize(5000);
        tooBig.setPage(page);
        assertEquals("pageSize", fault(() -> acme.port().listUsers(tooBig)).getField());
    }

    @Test
    void invalidNumberIsATypedFaultNamingTheFieldAndChangesNothing() throws Exception {
        Fixture f = fixture();
        OneNumberFaultDetail fault = fault(() -> acme.port().addUser(user(f, "3201", "555-12")));
        assertEquals("INVALID_NUMBER", fault.getCode());
        assertEquals("businessNumber", fault.getField());
        assertTrue(allUsers(f.accountId()).isEmpty());
    }

    @Test
    void duplicateExtensionIsRefusedAndChangesNothing() throws Exception {
        Fixture f = fixture();
        acme.port().addUser(user(f, "3301", f.numbers().get(0)));
        OneNumberFaultDetail fault = fault(() -> acme.port().addUser(user(f, "3301", f.numbers().get(1))));
        assertEquals("DUPLICATE_EXTENSION", fault.getCode());
        assertEquals("extension", fault.getField());
        assertEquals("Extension 3301 is already used by Dana Scully 3301's station.", fault.getSummary());
        assertEquals(1, allUsers(f.accountId()).size());
        ListPhoneNumbers free = new ListPhoneNumbers();
        free.setAccountId(f.accountId());
        free.setStatus(NumberStatus.FREE);
        assertEquals(2, acme.port().listPhoneNumbers(free).getPhoneNumber().size(), "the second number stays free");
    }

    @Test
    void sameIdempotencyKeyAndBodyCreatesOneUserAndAnswersTheSame() throws Exception {
        Fixture f = fixture();
        String key = "key-" + unique();
        AddUser add = user(f, "3401", f.numbers().get(0));
        User first = acme.with(key, "first-try").addUser(add).getUser();
        assertEquals("first-try", acme.lastResponseHeader().getTrackingId());
        assertEquals(false, acme.lastResponseHeader().isReplayed());
        User second = acme.with(key, "second-try").addUser(add).getUser();
        assertEquals("second-try", acme.lastResponseHeader().getTrackingId(), "tracking id echoed");
        assertEquals(true, acme.lastResponseHeader().isReplayed());

        assertEquals(first.getUserId(), second.getUserId());
        assertEquals(first.getVersion(), second.getVersion());
        assertEquals(first.getBusinessNumber(), second.getBusinessNumber());
        assertEquals(1, allUsers(f.accountId()).size());
    }

    @Test
    void concurrentRetriesWithOneKeyStillCreateOneUser() throws Exception {
        Fixture f = fixture();
        String key = "race-" + unique();
        AddUser add = user(f, "3501", null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> {
                    ProvisioningClient client = ProvisioningClient.acme(base);
                    return client.with(key, null).addUser(add).getUser().getUserId();
                });
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> result : pool.invokeAll(calls)) {
                try {
                    ids.add(result.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause() instanceof OneNumberFault fault
                                    && fault.getFaultInfo().getCode().equals("IDEMPOTENCY_KEY_IN_PROGRESS"),
                            "only 'in progress' may be refused: " + e.getCause());
                }
            }
            assertTrue(ids.stream().distinct().count() == 1, "every answer names the same user: " + ids);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, allUsers(f.accountId()).size());
    }

    @Test
    void reusedIdempotencyKeyWithAnotherBodyIsRefusedAndChangesNothing() throws Exception {
        Fixture f = fixture();
        String key = "key-" + unique();
        acme.with(key, null).addUser(user(f, "3601", null));
        OneNumberFaultDetail fault = fault(() -> acme.with(key, null).addUser(user(f, "3602", null)));
        assertEquals("IDEMPOTENCY_KEY_REUSED", fault.getCode());
        assertEquals("idempotencyKey", fault.getField());
        List<User> users = allUsers(f.accountId());
        assertEquals(1, users.size());
        assertEquals("3601", users.get(0).getExtension());
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() throws Exception {
        Fixture f = fixture();
        User created = acme.port().addUser(user(f, "3701", null)).getUser();
        ModifyUser first = new ModifyUser();
        first.setUserId(created.getUserId());
        first.setExpectedVersion(created.getVersion());
        first.setFirstName("Fox");
        User modified = acme.port().modifyUser(first).getUser();
        assertNotEquals(created.getVersion(), modified.getVersion());

        ModifyUser stale = new ModifyUser();
        stale.setUserId(created.getUserId());
        stale.setExpectedVersion(created.getVersion());
        stale.setFirstName("Walter");
        OneNumberFaultDetail fault = fault(() -> acme.port().modifyUser(stale));
        assertEquals("STALE_VERSION", fault.getCode());
        assertEquals("expectedVersion", fault.getField());

        GetUser get = new GetUser();
        get.setUserId(created.getUserId());
        User now = acme.port().getUser(get).getUser();
        assertEquals("Fox", now.getFirstName());
        assertEquals(modified.getVersion(), now.getVersion());
    }

    @Test
    void anotherCarrierCannotReadOrChangeTheAccount() throws Exception {
        Fixture f = fixture();
        User created = acme.port().addUser(user(f, "3801", null)).getUser();
        ProvisioningClient northwind = ProvisioningClient.northwind(base);

        GetAccount get = new GetAccount();
        get.setAccountId(f.accountId());
        assertEquals("NOT_FOUND", fault(() -> northwind.port().getAccount(get)).getCode());
        GetUser getUser = new GetUser();
        getUser.setUserId(created.getUserId());
        assertEquals("NOT_FOUND", fault(() -> northwind.port().getUser(getUser)).getCode());
        ModifyAccount rename = new ModifyAccount();
        rename.setAccountId(f.accountId());
        rename.setName("Hijacked");
        assertEquals("NOT_FOUND", fault(() -> northwind.port().modifyAccount(rename)).getCode());
        DeleteUser delete = new DeleteUser();
        delete.setUserId(created.getUserId());
        assertEquals("NOT_FOUND", fault(() -> northwind.port().deleteUser(delete)).getCode());
        ListAccounts list = new ListAccounts();
        assertTrue(northwind.port().listAccounts(list).getAccount().stream()
                .noneMatch(a -> a.getAccountId() == f.accountId()));

        assertNotEquals("Hijacked", acme.port().getAccount(get).getAccount().getName());
        assertEquals(1, allUsers(f.accountId()).size());
    }

    @Test
    void wrongCredentialsAreRefusedBeforeAnythingRuns() {
        ProvisioningClient intruder = new ProvisioningClient(base, "acme-api", "not-the-password");
        Exception refused = assertThrows(Exception.class, () -> intruder.port().ping(new Ping()));
        // a 401 whose body is the typed fault: CXF reports it as the fault or as the HTTP status
        assertTrue(refused instanceof jakarta.xml.ws.WebServiceException
                || (refused instanceof OneNumberFault typed && "NOT_AUTHENTICATED".equals(typed.getFaultInfo().getCode())),
                refused.toString());
    }

    @Test
    void deletingAUserFreesTheNumber() throws Exception {
        Fixture f = fixture();
        User created = acme.port().addUser(user(f, "3901", f.numbers().get(2))).getUser();
        DeleteUser delete = new DeleteUser();
        delete.setUserId(created.getUserId());
        delete.setExpectedVersion(created.getVersion());
        acme.port().deleteUser(delete);
        assertTrue(allUsers(f.accountId()).isEmpty());
        User again = acme.port().addUser(user(f, "3902", f.numbers().get(2))).getUser();
        assertEquals(created.getBusinessNumber(), again.getBusinessNumber());
        DeleteSite site = new DeleteSite();
        site.setSiteId(f.siteId());
        OneNumberFaultDetail inUse = fault(() -> acme.port().deleteSite(site));
        assertEquals("IN_USE", inUse.getCode());
        assertNotNull(inUse.getTrackingId());
    }
}
