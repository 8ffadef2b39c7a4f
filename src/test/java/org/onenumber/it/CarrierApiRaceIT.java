package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.client.*;
import org.onenumber.testsupport.AtOnce;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.NumberBlocks;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;

/**
 * Concurrent callers that race for one unique value or one version get the answer a sequential caller gets
 * (DUPLICATE_EXTENSION, STALE_VERSION), never INTERNAL_ERROR, and exactly one wins, with and without
 * idempotency keys (each caller its own key).
 */
@ExtendWith(SharedServer.class)
class CarrierApiRaceIT {

    private static final int CALLERS = 16;

    private final URL base;
    private final PayaraMicro.Database database;

    CarrierApiRaceIT(PayaraMicro server) {
        this.base = server.url();
        this.database = PayaraMicro.Database.fromSystemProperties(server.dataDir());
    }

    private record Fixture(long accountId, long siteId) {
    }

    private Fixture fixture(ProvisioningClient acme) throws OneNumberFault {
        org.onenumber.client.AddAccount addAccount = new org.onenumber.client.AddAccount();
        addAccount.setName("Race " + UUID.randomUUID().toString().substring(0, 8));
        long accountId = acme.port().addAccount(addAccount).getAccount().getAccountId();
        AddSite site = new AddSite();
        site.setAccountId(accountId);
        site.setName("HQ");
        site.setCountry("US");
        return new Fixture(accountId, acme.port().addSite(site).getSite().getSiteId());
    }

    private static AddUser user(Fixture f, String extension, int caller) {
        AddUser add = new AddUser();
        add.setAccountId(f.accountId());
        add.setSiteId(f.siteId());
        add.setFirstName("Racer");
        add.setLastName("Number " + caller);
        add.setEmail("racer" + caller + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.com");
        add.setExtension(extension);
        add.setProfileType(ProfileType.PREMIER);
        return add;
    }

    /** Runs the calls at once; returns how many ended in each outcome (OK or the fault's code). */
    private static Map<String, Integer> race(List<Callable<Object>> calls) throws Exception {
        List<Callable<String>> outcomes = new ArrayList<>();
        for (Callable<Object> call : calls) {
            outcomes.add(() -> {
                try {
                    call.call();
                    return "OK";
                } catch (OneNumberFault fault) {
                    return fault.getFaultInfo().getCode();
                }
            });
        }
        Map<String, Integer> counts = new TreeMap<>();
        AtOnce.run(outcomes).forEach(outcome -> counts.merge(outcome, 1, Integer::sum));
        return counts;
    }

    private List<User> users(ProvisioningClient acme, long accountId) throws OneNumberFault {
        ListUsers list = new ListUsers();
        list.setAccountId(accountId);
        return acme.port().listUsers(list).getUser();
    }

    @Test
    void sixteenAddsOfOneExtensionWithTheirOwnKeysLeaveOneUserAndFifteenDuplicates() throws Exception {
        sixteenAddsOfOneExtension("5501", true);
    }

    @Test
    void sixteenAddsOfOneExtensionWithoutKeysLeaveOneUserAndFifteenDuplicates() throws Exception {
        sixteenAddsOfOneExtension("5502", false);
    }

    /** Sixteen callers add a user with {@code extension} at once, each with a key of its own or none. */
    private void sixteenAddsOfOneExtension(String extension, boolean withKeys) throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        Fixture f = fixture(acme);
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            AddUser add = user(f, extension, i);
            ProvisioningClient client = ProvisioningClient.acme(base);
            String key = withKeys ? "race-add-" + UUID.randomUUID() : null;
            calls.add(() -> client.with(key, null).addUser(add));
        }
        assertEquals(Map.of("OK", 1, "DUPLICATE_EXTENSION", CALLERS - 1), race(calls));
        assertEquals(1, users(acme, f.accountId()).size());
    }

    @Test
    void sixteenModifiesFromOneVersionLeaveOneChangeAndFifteenStaleVersions() throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        Fixture f = fixture(acme);
        User user = acme.port().addUser(user(f, "5503", 0)).getUser();
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            ModifyUser modify = new ModifyUser();
            modify.setUserId(user.getUserId());
            modify.setExpectedVersion(user.getVersion());
            modify.setFirstName("Winner" + i);
            ProvisioningClient client = ProvisioningClient.acme(base);
            String key = "race-modify-" + UUID.randomUUID();
            calls.add(() -> client.with(key, null).modifyUser(modify));
        }
        assertEquals(Map.of("OK", 1, "STALE_VERSION", CALLERS - 1), race(calls));
        GetUser get = new GetUser();
        get.setUserId(user.getUserId());
        User after = acme.port().getUser(get).getUser();
        assertEquals(user.getVersion() + 1, after.getVersion(), "exactly one change applied");
    }

    /** Exactly one call won; the others got {@code loser}, the answer a sequential caller gets; no INTERNAL_ERROR. */
    /** A new account with Mobility active and {@code licenses} licenses bought. */
    private Fixture mobilityAccount(ProvisioningClient acme, MobilityClient mobility, int licenses) throws Exception {
        Fixture f = fixture(acme);
        MobilityAccounts.activate(mobility, f.accountId(), licenses);
        return f;
    }

    private static void assertOneWins(Map<String, Integer> outcomes, String loser) {
        assertEquals(Map.of("OK", 1, loser, CALLERS - 1), outcomes);
    }

    /** Sixteen callers, each with a key of its own, run {@code call} at once. */
    private static List<Callable<Object>> sixteen(java.util.function.IntFunction<Callable<Object>> call) {
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            calls.add(call.apply(i));
        }
        return calls;
    }

    private static String key() {
        return "race-" + UUID.randomUUID();
    }

    @Test
    void sixteenAddsOfOneNumberLeaveOneNumberAndFifteenDuplicates() throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        Fixture f = fixture(acme);
        String number = NumberBlocks.single(String.valueOf(200 + java.util.concurrent.ThreadLocalRandom.current().nextInt(700)));
        assertOneWins(race(sixteen(i -> {
            AddPhoneNumbers add = new AddPhoneNumbers();
            add.setAccountId(f.accountId());
            add.getNumber().add(number);
            ProvisioningClient client = ProvisioningClient.acme(base);
            return () -> client.with(key(), null).addPhoneNumbers(add);
        })), "DUPLICATE_NUMBER");
        ListPhoneNumbers list = new ListPhoneNumbers();
        list.setAccountId(f.accountId());
        assertEquals(1, acme.port().listPhoneNumbers(list).getPhoneNumber().size());
    }

    @Test
    void sixteenModifiesOfASiteAndOfAnAccountFromOneVersionLeaveOneChangeEach() throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        Fixture f = fixture(acme);
        GetSite getSite = new GetSite();
        getSite.setSiteId(f.siteId());
        long siteVersion = acme.port().getSite(getSite).getSite().getVersion();
        assertOneWins(race(sixteen(i -> {
            ModifySite modify = new ModifySite();
            modify.setSiteId(f.siteId());
            modify.setExpectedVersion(siteVersion);
            modify.setCity("City " + i);
            ProvisioningClient client = ProvisioningClient.acme(base);
            return () -> client.with(key(), null).modifySite(modify);
        })), "STALE_VERSION");
        assertEquals(siteVersion + 1, acme.port().getSite(getSite).getSite().getVersion());

        GetAccount getAccount = new GetAccount();
        getAccount.setAccountId(f.accountId());
        long accountVersion = acme.port().getAccount(getAccount).getAccount().getVersion();
        assertOneWins(race(sixteen(i -> {
            ModifyAccount modify = new ModifyAccount();
            modify.setAccountId(f.accountId());
            modify.setExpectedVersion(accountVersion);
            modify.setExternalReference("REF-" + i);
            ProvisioningClient client = ProvisioningClient.acme(base);
            return () -> client.with(key(), null).modifyAccount(modify);
        })), "STALE_VERSION");
        assertEquals(accountVersion + 1, acme.port().getAccount(getAccount).getAccount().getVersion());
    }

    @Test
    void sixteenDeletesOfOneUserDeleteItOnce() throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        Fixture f = fixture(acme);
        User user = acme.port().addUser(user(f, "5504", 0)).getUser();
        Map<String, Integer> outcomes = race(sixteen(i -> {
            DeleteUser delete = new DeleteUser();
            delete.setUserId(user.getUserId());
            delete.setExpectedVersion(user.getVersion());
            ProvisioningClient client = ProvisioningClient.acme(base);
            return () -> client.with(key(), null).deleteUser(delete);
        }));
        // a sequential caller after the winner finds the user gone
        assertOneWins(outcomes, "NOT_FOUND");
        assertEquals(0, users(acme, f.accountId()).size());
    }

    @Test
    void sixteenMobilityUsersWithOneExtensionAndSixteenDisablesOfOneUserHaveOneWinnerEach() throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        MobilityClient mobility = MobilityClient.acme(base);
        Fixture f = mobilityAccount(acme, mobility, CALLERS);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            users.add(acme.port().addUser(user(f, String.valueOf(5600 + i), i)).getUser());
        }
        assertOneWins(race(sixteen(i -> {
            EnableMobilityUser enable = new EnableMobilityUser();
            enable.setUserId(users.get(i).getUserId());
            enable.setMobilityExtension("9100");
            MobilityClient client = MobilityClient.acme(base);
            return () -> client.with(key(), null).enableMobilityUser(enable);
        })), "DUPLICATE_EXTENSION");
        ListMobilityUsers list = new ListMobilityUsers();
        list.setAccountId(f.accountId());
        List<MobilityUser> enabled = mobility.port().listMobilityUsers(list).getMobilityUser();
        assertEquals(1, enabled.size());

        long winner = enabled.get(0).getUserId();
        assertOneWins(race(sixteen(i -> {
            DisableMobilityUser disable = new DisableMobilityUser();
            disable.setUserId(winner);
            MobilityClient client = MobilityClient.acme(base);
            return () -> client.with(key(), null).disableMobilityUser(disable);
        })), "NOT_FOUND");
        assertEquals(0, mobility.port().listMobilityUsers(list).getMobilityUser().size());
        ListLicenses licenses = new ListLicenses();
        licenses.setAccountId(f.accountId());
        assertEquals(0, mobility.port().listLicenses(licenses).getPool().getShared(), "its client was freed once");
    }

    /**
     * Sixteen enablements of one user with one mobility extension: the fifteen after the winner hear what a sequential
     * caller hears, IN_USE (the user has Mobility). They could hear DUPLICATE_EXTENSION when the winner committed
     * between their check for the user's Mobility and their check of the extension.
     */
    @Test
    void sixteenEnablementsOfOneUserAnswerInUseAfterTheWinner() throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        MobilityClient mobility = MobilityClient.acme(base);
        Fixture f = mobilityAccount(acme, mobility, 1);
        User user = acme.port().addUser(user(f, "5700", 0)).getUser();
        assertOneWins(race(sixteen(i -> {
            EnableMobilityUser enable = new EnableMobilityUser();
            enable.setUserId(user.getUserId());
            enable.setMobilityExtension("9200");
            MobilityClient client = MobilityClient.acme(base);
            return i % 2 == 0 ? () -> client.with(key(), null).enableMobilityUser(enable)
                    : () -> client.port().enableMobilityUser(enable);
        })), "IN_USE");
        ListLicenses licenses = new ListLicenses();
        licenses.setAccountId(f.accountId());
        assertEquals(1, mobility.port().listLicenses(licenses).getPool().getShared(), "one client shared, once");
    }

    @Test
    void sixteenAddsOfOneRouterNameLeaveOneRouter() throws Exception {
        String name = "R" + UUID.randomUUID().toString().substring(0, 8);
        assertOneWins(race(sixteen(i -> {
            AddMobilityRouter add = new AddMobilityRouter();
            org.onenumber.client.MobilityRouter router = new org.onenumber.client.MobilityRouter();
            router.setName(name);
            router.setClientStartAddress("clientstart" + i + ".example");
            router.setRemoteServerAddress("smr" + i + ".example");
            add.setRouter(router);
            MobilityClient client = MobilityClient.acme(base);
            return () -> client.with(key(), null).addMobilityRouter(add);
        })), "INVALID_FIELD");
        assertEquals(1, MobilityClient.acme(base).port().listMobilityRouters(new ListMobilityRouters()).getRouter().stream()
                .filter(r -> r.getName().equals(name)).count());
    }

    /**
     * A call that needs a record other work holds past the lock timeout (10 s), and again when run once more, is
     * answered TRY_AGAIN (faultcode Server: RaceLostTest), which a client may send again as it is, and changes nothing. Before,
     * it was INTERNAL_ERROR on H2, "quote the tracking id to support", and on PostgreSQL, which had no lock timeout,
     * the call waited for as long as the record was held. Once the record is let go, the same call goes through.
     */
    @Test
    void aCallMeetingARecordHeldByOtherWorkIsAnsweredTryAgainAndChangesNothing() throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        Fixture f = fixture(acme);
        User user = acme.port().addUser(user(f, "5601", 0)).getUser();
        ModifyUser modify = new ModifyUser();
        modify.setUserId(user.getUserId());
        modify.setExpectedVersion(user.getVersion());
        modify.setFirstName("Changed");
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (Connection db = database.connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement hold = db.prepareStatement("select id from app_user where id = ? for update")) {
                hold.setLong(1, user.getUserId());
                hold.executeQuery().close();
            }
            Future<String> answer = caller.submit(() -> {
                try {
                    acme.port().modifyUser(modify);
                    return "OK";
                } catch (OneNumberFault fault) {
                    return fault.getFaultInfo().getCode() + ": " + fault.getFaultInfo().getSummary();
                }
            });
            try {
                String got = answer.get(90, TimeUnit.SECONDS);
                assertTrue(got.startsWith("TRY_AGAIN: "), got);
                assertTrue(got.contains("nothing was changed"), got);
            } finally {
                db.rollback();
            }
        } finally {
            caller.shutdownNow();
        }
        GetUser get = new GetUser();
        get.setUserId(user.getUserId());
        User after = acme.port().getUser(get).getUser();
        assertEquals(user.getVersion(), after.getVersion(), "nothing changed");
        assertEquals(user.getFirstName(), after.getFirstName());
        assertEquals("Changed", acme.port().modifyUser(modify).getUser().getFirstName(), "the same call, once let go");
    }
}
