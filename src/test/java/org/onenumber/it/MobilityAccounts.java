package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onenumber.client.*;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SwitchConsole;

/**
 * New accounts of the demo carrier with Mobility active and mobility users whose clients the switch holds and nothing
 * waits in the outbox for, so that drift made next on the emulator (its admin console) is the only difference; and the
 * emulator's view of subscribers and accounts, waited for.
 */
final class MobilityAccounts {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern CLIENT = Pattern.compile("MOBILE_CLIENT:(\\w+)");

    record Fixture(long accountId, String name, List<String> subscribers) {

        /** The account's key on the switch. */
        String account() {
            return "account-" + accountId;
        }
    }

    private final PayaraMicro server;
    private final ProvisioningClient acme;
    private final MobilityClient mobility;

    MobilityAccounts(PayaraMicro server) {
        this.server = server;
        this.acme = ProvisioningClient.acme(server.url());
        this.mobility = MobilityClient.acme(server.url());
    }

    /** An account with Mobility active, {@code users} licenses and as many mobility users, each with a client on the switch. */
    Fixture create(int users) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        AddAccount addAccount = new AddAccount();
        addAccount.setName("Reconcile " + tag);
        long accountId = acme.port().addAccount(addAccount).getAccount().getAccountId();
        AddSite addSite = new AddSite();
        addSite.setAccountId(accountId);
        addSite.setName("HQ");
        addSite.setCountry("US");
        long siteId = acme.port().addSite(addSite).getSite().getSiteId();
        AddPhoneNumbers numbers = new AddPhoneNumbers();
        numbers.setAccountId(accountId);
        int prefix = 200 + ThreadLocalRandom.current().nextInt(700);
        int exchange = 200 + ThreadLocalRandom.current().nextInt(700);
        for (int i = 0; i < users; i++) {
            numbers.getNumber().add(String.format("+1%03d%03d%04d", prefix, exchange, i));
        }
        List<String> free = acme.port().addPhoneNumbers(numbers).getPhoneNumber().stream().map(PhoneNumber::getNumber).toList();
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
        mobility.port().completeMobilityActivation(complete);
        SetLicenseQuantity quantity = new SetLicenseQuantity();
        quantity.setAccountId(accountId);
        quantity.setQuantity(users);
        mobility.port().setLicenseQuantity(quantity);
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
        Fixture fixture = new Fixture(accountId, addAccount.getName(), subscribers);
        awaitAccount(fixture.account(), s -> s.contains("group=Group " + accountId));
        awaitSettled(userIds);
        return fixture;
    }

    /** Until nothing of the users waits in the outbox: the drift made next is then the only difference. */
    private void awaitSettled(List<Long> userIds) throws Exception {
        for (long userId : userIds) {
            GetSyncStatus request = new GetSyncStatus();
            request.setUserId(userId);
            long deadline = System.nanoTime() + WAIT.toNanos();
            GetSyncStatusResponse status = acme.port().getSyncStatus(request);
            while (!(status.getPendingCommands() == 0 && status.getAppliedVersion() == status.getDesiredVersion())
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
                status = acme.port().getSyncStatus(request);
            }
            assertTrue(status.getPendingCommands() == 0 && status.getAppliedVersion() == status.getDesiredVersion(),
                    "user " + userId + " settled on the switch");
        }
    }

    /** The mobile client the switch holds for a subscriber. */
    String client(String subscriber) throws Exception {
        Matcher m = CLIENT.matcher(admin("subscriber " + subscriber));
        assertTrue(m.find(), subscriber + " holds a client");
        return m.group(1);
    }

    /** One command of the emulator's admin console; its reply. */
    String admin(String command) throws Exception {
        return SwitchConsole.admin(server.adminPort(), command);
    }

    void awaitSwitch(String subscriber, Predicate<String> holds) throws Exception {
        awaitAdmin("subscriber " + subscriber, holds);
    }

    void awaitAccount(String account, Predicate<String> holds) throws Exception {
        awaitAdmin("account " + account, holds);
    }

    private void awaitAdmin(String command, Predicate<String> holds) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String state = admin(command);
        while (!holds.test(state) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            state = admin(command);
        }
        assertTrue(holds.test(state), command + ": " + state);
    }
}
