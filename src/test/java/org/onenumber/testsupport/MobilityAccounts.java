package org.onenumber.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onenumber.client.ActivateMobility;
import org.onenumber.client.Mobility;
import org.onenumber.client.AddUser;
import org.onenumber.client.CompleteMobilityActivation;
import org.onenumber.client.EnableMobilityUser;
import org.onenumber.client.GetSyncStatus;
import org.onenumber.client.GetSyncStatusResponse;
import org.onenumber.client.LicensePool;
import org.onenumber.client.ListLicenses;
import org.onenumber.client.MobilitySettings;
import org.onenumber.client.ProfileType;
import org.onenumber.client.SetLicenseQuantity;

/**
 * Accounts with the Mobility add-on active and mobility users whose clients are on the switch, made as the demo
 * carrier's back office makes them (SOAP), and waited for until the switch holds them and nothing is pending: drift
 * made next on the emulator is then the only difference between the switch and the database.
 */
public final class MobilityAccounts {

    /** The switch emulator's admin console, over its port or in this JVM. */
    @FunctionalInterface
    public interface Console {
        String execute(String command) throws Exception;
    }

    /** An account made here: its id and name, its users and their subscribers on the switch, in the same order. */
    public record Account(long accountId, String name, List<Long> userIds, List<String> subscribers) {

        /** The account's key on the switch. */
        public String key() {
            return "account-" + accountId;
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern CLIENT = Pattern.compile("MOBILE_CLIENT:(\\w+)");

    private final ProvisioningClient acme;
    private final MobilityClient mobility;
    private final Console console;

    public MobilityAccounts(ProvisioningClient acme, MobilityClient mobility, Console console) {
        this.acme = acme;
        this.mobility = mobility;
        this.console = console;
    }

    /** As the demo carrier on a server with the embedded switch and its admin console. */
    public static MobilityAccounts on(PayaraMicro server) {
        return new MobilityAccounts(ProvisioningClient.acme(server.url()), MobilityClient.acme(server.url()),
                command -> SwitchConsole.admin(server.adminPort(), command));
    }

    /** A command on the switch's admin console, and its answer. */
    public String admin(String command) throws Exception {
        return console.execute(command);
    }

    /** A new account with Mobility active and {@code users} mobility users, each with a client on the switch. */
    public Account create(int users) throws Exception {
        return create("Reconcile", users, users, null);
    }

    /**
     * A new account named "{@code namePrefix} TAG" with Mobility active, {@code licenses} licenses, and {@code users}
     * Essentials users enabled for Mobility (extensions from 2001, emails danaN.TAG@example.com), each with a client on
     * the switch; its one site is in {@code timeZone} when given.
     */
    public Account create(String namePrefix, int users, int licenses, String timeZone) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.Made made = TestAccounts.create(acme.port(), namePrefix + " " + tag, users, timeZone);
        long accountId = made.accountId();
        long siteId = made.siteId();
        List<String> free = made.numbers();
        activate(mobility, accountId, licenses);
        List<String> subscribers = new ArrayList<>();
        List<Long> userIds = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            AddUser add = new AddUser();
            add.setAccountId(accountId);
            add.setSiteId(siteId);
            add.setFirstName("Dana");
            add.setLastName("Scully " + i);
            add.setEmail("dana" + i + "." + tag + "@example.com");
            add.setExtension(String.valueOf(2001 + i));
            add.setBusinessNumber(free.get(i));
            add.setProfileType(ProfileType.ESSENTIALS);
            long userId = acme.port().addUser(add).getUser().getUserId();
            userIds.add(userId);
            EnableMobilityUser enable = new EnableMobilityUser();
            enable.setUserId(userId);
            enable.setMobilityExtension(String.valueOf(7001 + i));
            mobility.port().enableMobilityUser(enable);
            GetSyncStatus status = new GetSyncStatus();
            status.setUserId(userId);
            subscribers.add(acme.port().getSyncStatus(status).getSubscriber());
        }
        for (String subscriber : subscribers) {
            awaitSwitch(subscriber, s -> s.contains("MOBILE_CLIENT:"));
        }
        Account account = new Account(accountId, made.name(), List.copyOf(userIds), List.copyOf(subscribers));
        awaitAccount(account.key(), s -> s.contains("group=Group " + accountId));
        awaitSettled(userIds);
        return account;
    }

    /**
     * The account's Mobility add-on activated and completed by the carrier (router SMR1, group "Group ID") with
     * {@code licenses} mobile client licenses bought.
     */
    public static Mobility activate(MobilityClient mobility, long accountId, int licenses) throws Exception {
        ActivateMobility activate = new ActivateMobility();
        activate.setAccountId(accountId);
        activate.setPurchaseConfirmed(true);
        mobility.port().activateMobility(activate);
        CompleteMobilityActivation complete = new CompleteMobilityActivation();
        complete.setAccountId(accountId);
        MobilitySettings settings = new MobilitySettings();
        settings.setMobilityRouter("SMR1");
        settings.setGroupName("Group " + accountId);
        complete.setSettings(settings);
        Mobility completed = mobility.port().completeMobilityActivation(complete).getMobility();
        SetLicenseQuantity quantity = new SetLicenseQuantity();
        quantity.setAccountId(accountId);
        quantity.setQuantity(licenses);
        mobility.port().setLicenseQuantity(quantity);
        return completed;
    }

    /** The account's license pool as its back office reads it. */
    public static LicensePool pool(MobilityClient mobility, long accountId) throws Exception {
        ListLicenses list = new ListLicenses();
        list.setAccountId(accountId);
        return mobility.port().listLicenses(list).getPool();
    }

    /**
     * Sets the quantity bought so that exactly {@code free} licenses are available, as the back office would: a test
     * that needs few (or many) free states so itself instead of counting on what the tests before it left.
     */
    public static LicensePool leaveAvailable(MobilityClient mobility, long accountId, int free) throws Exception {
        LicensePool pool = pool(mobility, accountId);
        SetLicenseQuantity quantity = new SetLicenseQuantity();
        quantity.setAccountId(accountId);
        quantity.setQuantity(pool.getShared() + free);
        quantity.setExpectedVersion(pool.getVersion());
        return mobility.port().setLicenseQuantity(quantity).getPool();
    }

    /** The device id of the mobile client the switch holds on a subscriber. */
    public String client(String subscriber) throws Exception {
        Matcher m = CLIENT.matcher(console.execute("subscriber " + subscriber));
        assertTrue(m.find(), subscriber + " holds a client");
        return m.group(1);
    }

    public void awaitSwitch(String subscriber, Predicate<String> holds) throws Exception {
        await("subscriber " + subscriber, holds);
    }

    public void awaitAccount(String account, Predicate<String> holds) throws Exception {
        await("account " + account, holds);
    }

    /** Until nothing of the users waits in the outbox and the switch holds the version the database wants. */
    public void awaitSettled(List<Long> userIds) throws Exception {
        for (long userId : userIds) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                GetSyncStatus request = new GetSyncStatus();
                request.setUserId(userId);
                GetSyncStatusResponse status = acme.port().getSyncStatus(request);
                if (status.getPendingCommands() == 0 && status.getAppliedVersion() == status.getDesiredVersion()) {
                    break;
                }
                assertTrue(System.nanoTime() < deadline, "user " + userId + " settled on the switch within " + WAIT);
                Thread.sleep(200);
            }
        }
    }

    private void await(String command, Predicate<String> holds) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String state = console.execute(command);
        while (!holds.test(state) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            state = console.execute(command);
        }
        assertTrue(holds.test(state), command + ": " + state);
    }
}
