package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.client.AddSite;
import org.onenumber.client.AddUser;
import org.onenumber.client.GetUser;
import org.onenumber.client.ListUsers;
import org.onenumber.client.ModifyUser;
import org.onenumber.client.OneNumberFault;
import org.onenumber.client.ProfileType;
import org.onenumber.client.User;
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

    CarrierApiRaceIT(PayaraMicro server) {
        this.base = server.url();
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
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Callable<Object> call : calls) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        call.call();
                        return "OK";
                    } catch (OneNumberFault fault) {
                        return fault.getFaultInfo().getCode();
                    }
                }));
            }
            start.countDown();
            Map<String, Integer> counts = new TreeMap<>();
            for (Future<String> outcome : outcomes) {
                counts.merge(outcome.get(120, TimeUnit.SECONDS), 1, Integer::sum);
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
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
}
