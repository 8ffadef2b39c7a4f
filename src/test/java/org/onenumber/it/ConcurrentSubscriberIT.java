package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.ws.WebServiceException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.client.ActivateMobility;
import org.onenumber.client.AddUser;
import org.onenumber.client.ClientLicense;
import org.onenumber.client.CompleteMobilityActivation;
import org.onenumber.client.DeskPhone;
import org.onenumber.client.EnableMobilityUser;
import org.onenumber.client.GetSyncStatus;
import org.onenumber.client.GetSyncStatusResponse;
import org.onenumber.client.GetUser;
import org.onenumber.client.LicenseStatus;
import org.onenumber.client.ListLicenses;
import org.onenumber.client.ListMobilityUsers;
import org.onenumber.client.MobilitySettings;
import org.onenumber.client.MobilityUser;
import org.onenumber.client.ModifyMobilitySettings;
import org.onenumber.client.ModifyMobilityUser;
import org.onenumber.client.ModifyUser;
import org.onenumber.client.OneNumberFault;
import org.onenumber.client.PageRequest;
import org.onenumber.client.ProfileType;
import org.onenumber.client.SetLicenseQuantity;
import org.onenumber.client.ShareLicense;
import org.onenumber.client.SyncState;
import org.onenumber.client.UnshareLicense;
import org.onenumber.client.User;
import org.onenumber.testsupport.TestAccounts;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;

/**
 * One subscriber changed by eight SOAP clients at once, each change touching another row of it (the
 * user's name, the station's desk phone, a license shared to or freed from the station, the mobility
 * user's extension and video): once the sync status says IN_SYNC, the switch must hold exactly what the
 * database holds, and it must never have been sent an older version after a newer one.
 *
 * <p>The 400 changes come in rounds: the eight clients start one change each at the same moment, and once
 * the round is done and the sync status says IN_SYNC, the switch is compared with the database. Every round
 * is a fresh chance for a race to leave the switch wrong, and the dispatcher is idle when it starts, so it
 * sends each command as soon as it is committed (a backlog would hide commands committed out of order).
 * The business faults a race may produce (CLIENT_LIMIT_REACHED, a license that is not shared any more,
 * STALE_VERSION) are outcomes, not failures; INTERNAL_ERROR and untyped errors are counted and printed.
 */
@ExtendWith(SharedServer.class)
class ConcurrentSubscriberIT {

    private static final int CLIENTS = 8;
    private static final int CHANGES = 400;
    private static final int LICENSES = 3;
    private static final Duration SYNC_WAIT = Duration.ofSeconds(120);
    private static final Duration SYNC_CAP = Duration.ofMinutes(10);
    private static final Pattern SUBSCRIBER = Pattern.compile(
            "OK version=(\\d+) mobility=(\\S+) mobilityExtension=(\\S+) video=(\\S+) endpoints=(\\S*)(?: \\w+=\\S*)* name=(.*)");

    private final PayaraMicro server;
    private final URL base;

    ConcurrentSubscriberIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
    }

    private enum Change { NAME, DESK_PHONE, SHARE, UNSHARE, MOBILITY }

    /** The subscriber under test: one user in an account of its own, with a pinned first client. */
    private record Subscriber(long accountId, long userId, String pinnedClient, List<String> otherClients) {
    }

    /** What the subscriber is, as the database or the switch tells it. */
    private record State(String displayName, String deskPhone, Set<String> clients, String mobilityExtension,
                         boolean video) {
    }

    /** One SOAP client per thread, as eight carriers' back-office processes would have. */
    private record Client(ProvisioningClient provisioning, MobilityClient mobility) {
    }

    @Test
    void eightClientsChangingOneSubscriberLeaveTheSwitchHoldingWhatTheDatabaseHoldsWithVersionsThatOnlyGrew()
            throws Exception {
        Subscriber subscriber = subscriber();
        long seed = System.nanoTime();
        String macPrefix = "00:10:49:" + String.format("%02X", new Random(seed).nextInt(256));
        Map<Change, AtomicInteger> applied = new EnumMap<>(Change.class);
        for (Change change : Change.values()) {
            applied.put(change, new AtomicInteger());
        }
        Map<String, Integer> faults = new ConcurrentHashMap<>();
        List<Client> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(new Client(ProvisioningClient.acme(base), MobilityClient.acme(base)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int round = 0; round < CHANGES / CLIENTS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> changes = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int n = round * CLIENTS + c;
                    Client client = clients.get(c);
                    changes.add(pool.submit(() -> {
                        Change change = Change.values()[n % Change.values().length];
                        start.await();
                        try {
                            change(change, n, new Random(seed + n), macPrefix, subscriber, client);
                            applied.get(change).incrementAndGet();
                        } catch (OneNumberFault e) {
                            faults.merge(change + " " + e.getFaultInfo().getCode(), 1, Integer::sum);
                        } catch (WebServiceException e) {
                            faults.merge(change + " untyped " + e.getClass().getSimpleName(), 1, Integer::sum);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> change : changes) {
                    change.get(2, TimeUnit.MINUTES);
                }
                String outcomes = outcomes(round, applied, faults, seed);
                assertSwitchHoldsTheDatabasesState(subscriber, outcomes);
            }
        } finally {
            pool.shutdownNow();
        }
        String outcomes = outcomes(CHANGES / CLIENTS - 1, applied, faults, seed);
        System.out.println("ConcurrentSubscriberIT: " + outcomes);
        for (Change change : Change.values()) {
            assertTrue(applied.get(change).get() > 0, "no " + change + " change went through: " + outcomes);
        }
    }

    private static String outcomes(int round, Map<Change, AtomicInteger> applied, Map<String, Integer> faults, long seed) {
        long internalErrors = faults.entrySet().stream().filter(e -> e.getKey().endsWith("INTERNAL_ERROR")
                || e.getKey().contains("untyped")).mapToLong(Map.Entry::getValue).sum();
        return "after round " + (round + 1) + " of " + CHANGES / CLIENTS + " (" + CLIENTS + " simultaneous changes each):"
                + " applied " + applied + ", refused " + new TreeMap<>(faults) + ", of which " + internalErrors
                + " INTERNAL_ERROR or untyped (seed " + seed + ")";
    }

    /** Once the sync status says IN_SYNC: the switch's state of the subscriber, field by field, and the versions it saw. */
    private void assertSwitchHoldsTheDatabasesState(Subscriber subscriber, String outcomes) throws Exception {
        GetSyncStatusResponse sync = awaitInSync(subscriber.userId(), outcomes);
        State database = database(subscriber);
        String reply = SwitchConsole.admin(server.adminPort(), "subscriber " + sync.getSubscriber());
        State onSwitch = onSwitch(reply);
        List<Long> versions = receivedVersions(sync.getSubscriber());
        assertAll("the switch against the database for " + sync.getSubscriber() + ", the sync status saying IN_SYNC at"
                        + " version " + sync.getDesiredVersion() + ", " + outcomes + "; the switch holds: " + reply,
                () -> assertEquals(database.displayName(), onSwitch.displayName(), "display name"),
                () -> assertEquals(database.deskPhone(), onSwitch.deskPhone(), "desk phone MAC"),
                () -> assertEquals(database.clients(), onSwitch.clients(), "mobile client identities"),
                () -> assertEquals(database.mobilityExtension(), onSwitch.mobilityExtension(), "mobility extension"),
                () -> assertEquals(database.video(), onSwitch.video(), "video"),
                () -> assertStrictlyIncreasing(versions));
    }

    /** One change; a business fault is the answer a loser of a race gets. */
    private static void change(Change change, int n, Random random, String macPrefix, Subscriber subscriber, Client client)
            throws OneNumberFault {
        switch (change) {
            case NAME -> {
                ModifyUser modify = new ModifyUser();
                modify.setUserId(subscriber.userId());
                modify.setFirstName("Dana" + n);
                modify.setLastName("Race " + n);
                client.provisioning().port().modifyUser(modify);
            }
            case DESK_PHONE -> {
                ModifyUser modify = new ModifyUser();
                modify.setUserId(subscriber.userId());
                DeskPhone phone = new DeskPhone();
                phone.setModel("IP485G");
                phone.setMacAddress(String.format("%s:%02X:%02X", macPrefix, n >> 8, n & 0xFF));
                modify.setDeskPhone(phone);
                client.provisioning().port().modifyUser(modify);
            }
            case SHARE -> {
                ShareLicense share = new ShareLicense();
                share.setUserId(subscriber.userId());
                client.mobility().port().shareLicense(share);
            }
            case UNSHARE -> {
                // never the client the user was enabled with, so the mobility user keeps at least one
                UnshareLicense unshare = new UnshareLicense();
                unshare.setAccountId(subscriber.accountId());
                unshare.setDeviceIdentity(subscriber.otherClients().get(random.nextInt(subscriber.otherClients().size())));
                client.mobility().port().unshareLicense(unshare);
            }
            case MOBILITY -> {
                ModifyMobilityUser modify = new ModifyMobilityUser();
                modify.setUserId(subscriber.userId());
                modify.setMobilityExtension(String.valueOf(8000 + random.nextInt(1000)));
                modify.setVideo(random.nextBoolean());
                client.mobility().port().modifyMobilityUser(modify);
            }
            default -> throw new IllegalArgumentException(change.name());
        }
    }

    /**
     * An account of its own with Mobility ACTIVE, three licenses and three clients allowed per user; one
     * Premier user with a desk phone, enabled for Mobility (which shares the first client to the station).
     */
    private Subscriber subscriber() throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        MobilityClient mobility = MobilityClient.acme(base);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.Made made = TestAccounts.create(acme.port(), "Concurrency " + unique, 1);
        long accountId = made.accountId();
        long siteId = made.siteId();
        String number = made.numbers().get(0);

        AddUser add = new AddUser();
        add.setAccountId(accountId);
        add.setSiteId(siteId);
        add.setFirstName("Dana");
        add.setLastName("Race");
        add.setEmail("dana.race." + unique + "@example.com");
        add.setExtension("2001");
        add.setBusinessNumber(number);
        add.setProfileType(ProfileType.PREMIER);
        DeskPhone phone = new DeskPhone();
        phone.setModel("IP485G");
        phone.setMacAddress("00:10:49:" + unique.substring(0, 2) + ":" + unique.substring(2, 4) + ":" + unique.substring(4, 6));
        add.setDeskPhone(phone);
        long userId = acme.port().addUser(add).getUser().getUserId();

        ActivateMobility activate = new ActivateMobility();
        activate.setAccountId(accountId);
        activate.setPurchaseConfirmed(true);
        mobility.port().activateMobility(activate);
        CompleteMobilityActivation complete = new CompleteMobilityActivation();
        complete.setAccountId(accountId);
        MobilitySettings settings = new MobilitySettings();
        settings.setMobilityRouter("SMR1");
        settings.setGroupName("Concurrency " + unique);
        settings.setMaxClientsPerUser(LICENSES);
        complete.setSettings(settings);
        mobility.port().completeMobilityActivation(complete);
        ModifyMobilitySettings quiet = new ModifyMobilitySettings();
        quiet.setAccountId(accountId);
        MobilitySettings noWelcome = new MobilitySettings();
        noWelcome.setWelcomeEmailEnabled(false);
        quiet.setSettings(noWelcome);
        mobility.port().modifyMobilitySettings(quiet);
        SetLicenseQuantity quantity = new SetLicenseQuantity();
        quantity.setAccountId(accountId);
        quantity.setQuantity(LICENSES);
        mobility.port().setLicenseQuantity(quantity);

        EnableMobilityUser enable = new EnableMobilityUser();
        enable.setUserId(userId);
        enable.setMobilityExtension("8000");
        String pinned = mobility.port().enableMobilityUser(enable).getMobilityUser().getDeviceIdentity().get(0);
        List<String> others = licenses(mobility, accountId).stream().map(ClientLicense::getDeviceIdentity)
                .filter(identity -> !identity.equals(pinned)).toList();
        assertEquals(LICENSES - 1, others.size(), "the licenses besides the pinned client");
        return new Subscriber(accountId, userId, pinned, others);
    }

    private static List<ClientLicense> licenses(MobilityClient mobility, long accountId) throws OneNumberFault {
        ListLicenses list = new ListLicenses();
        list.setAccountId(accountId);
        PageRequest page = new PageRequest();
        page.setPageSize(200);
        list.setPage(page);
        return mobility.port().listLicenses(list).getLicense();
    }

    /**
     * Waits until the sync status says IN_SYNC with nothing pending: as long as the switch keeps applying
     * (the dispatcher sends one command of a subscriber per round), but never {@link #SYNC_WAIT} without
     * progress, nor longer than {@link #SYNC_CAP} in all.
     */
    private GetSyncStatusResponse awaitInSync(long userId, String outcomes) throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        GetSyncStatus request = new GetSyncStatus();
        request.setUserId(userId);
        long started = System.nanoTime();
        long progressed = started;
        GetSyncStatusResponse status = acme.port().getSyncStatus(request);
        while (status.getState() != SyncState.IN_SYNC || status.getPendingCommands() > 0) {
            long now = System.nanoTime();
            if (now - progressed > SYNC_WAIT.toNanos() || now - started > SYNC_CAP.toNanos()) {
                break;
            }
            Thread.sleep(250);
            long applied = status.getAppliedVersion();
            status = acme.port().getSyncStatus(request);
            if (status.getAppliedVersion() != applied) {
                progressed = System.nanoTime();
            }
        }
        assertEquals(SyncState.IN_SYNC, status.getState(), "sync status of the subscriber after "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s (at most " + SYNC_WAIT.toSeconds()
                + " s without progress): desired " + status.getDesiredVersion() + ", applied " + status.getAppliedVersion()
                + ", " + status.getPendingCommands() + " pending, last error " + status.getLastError() + "; " + outcomes);
        return status;
    }

    /** The database's side, read through SOAP as a carrier would. */
    private State database(Subscriber subscriber) throws OneNumberFault {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        MobilityClient mobility = MobilityClient.acme(base);
        GetUser get = new GetUser();
        get.setUserId(subscriber.userId());
        User user = acme.port().getUser(get).getUser();
        Set<String> clients = new TreeSet<>();
        for (ClientLicense license : licenses(mobility, subscriber.accountId())) {
            if (license.getStatus() == LicenseStatus.SHARED && Long.valueOf(subscriber.userId()).equals(license.getUserId())) {
                clients.add(license.getDeviceIdentity());
            }
        }
        ListMobilityUsers list = new ListMobilityUsers();
        list.setAccountId(subscriber.accountId());
        MobilityUser mobilityUser = mobility.port().listMobilityUsers(list).getMobilityUser().stream()
                .filter(m -> m.getUserId() == subscriber.userId()).findFirst()
                .orElseThrow(() -> new AssertionError("the user is no mobility user any more"));
        assertEquals(clients, new TreeSet<>(mobilityUser.getDeviceIdentity()), "the licenses list and the mobility user agree");
        return new State(user.getFirstName() + " " + user.getLastName(),
                user.getDeskPhone() == null ? null : user.getDeskPhone().getMacAddress(), clients,
                mobilityUser.getMobilityExtension(), mobilityUser.isVideo());
    }

    /** The switch's side, from its admin console's {@code subscriber <key>}. */
    private static State onSwitch(String reply) {
        Matcher m = SUBSCRIBER.matcher(reply);
        assertTrue(m.matches(), "the switch holds the subscriber: " + reply);
        String desk = null;
        Set<String> clients = new TreeSet<>();
        for (String endpoint : m.group(5).isEmpty() ? new String[0] : m.group(5).split(",")) {
            String[] kindAndAddress = endpoint.split(":", 2);
            switch (kindAndAddress[0]) {
                case "DESK" -> desk = kindAndAddress[1];
                case "MOBILE_CLIENT" -> clients.add(kindAndAddress[1]);
                default -> {
                    // a cell number: not provisioned by this application
                }
            }
        }
        return new State(m.group(6), desk, clients, m.group(3).equals("null") ? null : m.group(3),
                Boolean.parseBoolean(m.group(4)));
    }

    /** Every version the switch received for the subscriber, in arrival order, stale ones included. */
    private List<Long> receivedVersions(String key) throws Exception {
        String reply = SwitchConsole.admin(server.adminPort(), "versions " + key);
        String list = reply.substring("OK received=".length());
        return list.isEmpty() ? List.of() : Arrays.stream(list.split(",")).map(Long::valueOf).toList();
    }

    private static void assertStrictlyIncreasing(List<Long> versions) {
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i) <= versions.get(i - 1)) {
                throw new AssertionError("versions sent to the switch must only grow, but " + versions.get(i)
                        + " arrived after " + versions.get(i - 1) + " (arrival " + (i + 1) + " of " + versions.size()
                        + "); received in order: " + versions);
            }
        }
    }
}
