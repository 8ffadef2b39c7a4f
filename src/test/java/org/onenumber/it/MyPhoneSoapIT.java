package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onenumber.testsupport.SoapFaults.fault;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.client.*;
import org.onenumber.testsupport.AnywhereClient;
import org.onenumber.testsupport.MyPhoneClient;
import org.onenumber.testsupport.NumberBlocks;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;

/**
 * A user's My Phone call settings read and set by the carrier through the independent SOAP client: the same rules and
 * feature conflicts as the page, and "who rings when" from the switch's own simulation.
 */
@ExtendWith(SharedServer.class)
class MyPhoneSoapIT {

    private final URL base;
    private final ProvisioningClient acme;
    private final MyPhoneClient myPhone;

    private final PayaraMicro server;

    MyPhoneSoapIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
        this.acme = ProvisioningClient.acme(base);
        this.myPhone = MyPhoneClient.acme(base);
    }

    private List<User> users(int count) throws Exception {
        AddAccount account = new AddAccount();
        account.setName("My Phone " + UUID.randomUUID().toString().substring(0, 8));
        long accountId = acme.port().addAccount(account).getAccount().getAccountId();
        AddSite site = new AddSite();
        site.setAccountId(accountId);
        site.setName("HQ");
        site.setCountry("US");
        long siteId = acme.port().addSite(site).getSite().getSiteId();
        AddPhoneNumbers numbers = new AddPhoneNumbers();
        numbers.setAccountId(accountId);
        String block = NumberBlocks.next();
        for (int i = 0; i < count; i++) {
            numbers.getNumber().add(NumberBlocks.number(block, i));
        }
        List<PhoneNumber> inventory = acme.port().addPhoneNumbers(numbers).getPhoneNumber();
        List<User> users = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            AddUser add = new AddUser();
            add.setAccountId(accountId);
            add.setSiteId(siteId);
            add.setFirstName("Mp");
            add.setLastName("Caller " + i);
            add.setEmail("mp" + i + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.com");
            add.setExtension(String.valueOf(3301 + i));
            add.setBusinessNumber(inventory.get(i).getNumber());
            DeskPhone desk = new DeskPhone();
            desk.setModel("IP485G");
            desk.setMacAddress(String.format("00:10:49:%02X:%02X:%02X", ThreadLocalRandom.current().nextInt(256),
                    ThreadLocalRandom.current().nextInt(256), i));
            add.setDeskPhone(desk);
            add.setProfileType(ProfileType.PREMIER);
            users.add(acme.port().addUser(add).getUser());
        }
        return users;
    }

    private GetWhoRingsWhenResponse awaitPlan(long userId, Predicate<List<RingStep>> expected) throws Exception {
        GetWhoRingsWhen get = new GetWhoRingsWhen();
        get.setUserId(userId);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        GetWhoRingsWhenResponse plan;
        do {
            plan = myPhone.port().getWhoRingsWhen(get);
            if (!plan.isPending() && expected.test(plan.getStep())) {
                return plan;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        // what the database and the switch hold then, so a failure says which of them is behind
        GetSyncStatus sync = new GetSyncStatus();
        sync.setUserId(userId);
        GetSyncStatusResponse status = ProvisioningClient.acme(base).port().getSyncStatus(sync);
        throw new AssertionError("the switch never showed the expected routing: pending=" + plan.isPending() + " "
                + plan.getStep().stream().map(s -> s.getTarget() + ":" + s.getAddress() + "@" + s.getFromSecond()).toList()
                + "; sync " + status.getState() + " desired v" + status.getDesiredVersion() + " applied v"
                + status.getAppliedVersion() + ", " + status.getPendingCommands() + " pending, last error "
                + status.getLastError() + "; the switch received "
                + SwitchConsole.admin(server.adminPort(), "versions " + status.getSubscriber()));
    }

    private static boolean has(List<RingStep> steps, String target, String address, int from) {
        return steps.stream().anyMatch(s -> s.getTarget().equals(target) && address.equals(s.getAddress()) && s.getFromSecond() == from);
    }

    @Test
    void simultaneousRingAndForwardingAsTheCarrierSetsThemAreWhatTheSwitchDoes() throws Exception {
        List<User> users = users(2);
        User mia = users.get(0);
        User other = users.get(1);
        AnywhereClient anywhere = AnywhereClient.acme(base);
        AssignOfficeAnywhere assign = new AssignOfficeAnywhere();
        assign.setUserId(other.getUserId());
        anywhere.port().assignOfficeAnywhere(assign);
        String held = NumberBlocks.single("917");
        AddAlternateNumber alternate = new AddAlternateNumber();
        alternate.setUserId(other.getUserId());
        alternate.setNumber(held);
        alternate.setKind(NumberKind.WIRELESS);
        alternate.setActive(true);
        anywhere.port().addAlternateNumber(alternate);

        GetCallSettings get = new GetCallSettings();
        get.setUserId(mia.getUserId());
        CallSettings defaults = myPhone.port().getCallSettings(get).getCallSettings();
        assertEquals(PreferredDevice.WORK_PHONE, defaults.getPreferredDevice());
        assertEquals(12, defaults.getNoReplySeconds());

        AddSimRingNumber taken = new AddSimRingNumber();
        taken.setUserId(mia.getUserId());
        taken.setNumber(held);
        OneNumberFaultDetail conflict = fault(() -> myPhone.port().addSimRingNumber(taken));
        assertEquals("FEATURE_CONFLICT", conflict.getCode());
        assertTrue(conflict.getSummary().endsWith("is already Mp Caller 1's Office Anywhere number."), conflict.getSummary());
        assertTrue(myPhone.port().getCallSettings(get).getCallSettings().getSimRingNumber().isEmpty(), "nothing was added");
        GetSyncStatus sync = new GetSyncStatus();
        sync.setUserId(mia.getUserId());
        String station = ProvisioningClient.acme(base).port().getSyncStatus(sync).getSubscriber();
        assertFalse(SwitchConsole.admin(server.adminPort(), "subscriber " + station).contains(held),
                "the switch does not ring the refused number either");

        String cell = NumberBlocks.single("415");
        AddSimRingNumber add = new AddSimRingNumber();
        add.setUserId(mia.getUserId());
        add.setNumber(cell);
        add.setAnswerConfirmation(true);
        CallSettings withNumber = myPhone.port().addSimRingNumber(add).getCallSettings();
        assertEquals(cell, withNumber.getSimRingNumber().get(0).getNumber());
        ModifyCallSettings on = new ModifyCallSettings();
        on.setUserId(mia.getUserId());
        on.setExpectedVersion(withNumber.getVersion());
        on.setSimultaneousRing(true);
        CallSettings ringing = myPhone.port().modifyCallSettings(on).getCallSettings();
        assertTrue(ringing.isSimultaneousRing());
        assertEquals("STALE_VERSION", fault(() -> myPhone.port().modifyCallSettings(on)).getCode());
        GetWhoRingsWhenResponse simRing = awaitPlan(mia.getUserId(), steps -> has(steps, "NUMBER", cell, 0));
        assertTrue(simRing.getStep().stream().anyMatch(s -> s.getTarget().equals("DESK") && s.getFromSecond() == 0),
                "together with the desk phone");

        String all = NumberBlocks.single("212");
        String busy = NumberBlocks.single("718");
        String noReply = NumberBlocks.single("646");
        ModifyCallSettings forward = new ModifyCallSettings();
        forward.setUserId(mia.getUserId());
        forward.setForwardBusy(busy);
        forward.setForwardNoReply(noReply);
        myPhone.port().modifyCallSettings(forward);
        GetWhoRingsWhenResponse noAnswer = awaitPlan(mia.getUserId(),
                steps -> steps.stream().anyMatch(s -> s.getTarget().equals("FORWARD") && noReply.equals(s.getAddress())));
        assertFalse(noAnswer.getStep().stream().anyMatch(s -> busy.equals(s.getAddress())), "Busy is for a busy line only");
        // Forward All to her own business number would bring every call back to her: refused beside the field, as
        // Simultaneous Ring refuses it (it was saved); a colleague's number of the account is a number to forward to
        assertNotNull(mia.getBusinessNumber(), "the test's user has a business number");
        ModifyCallSettings loop = new ModifyCallSettings();
        loop.setUserId(mia.getUserId());
        loop.setForwardAll(mia.getBusinessNumber());
        OneNumberFaultDetail toHerself = fault(() -> myPhone.port().modifyCallSettings(loop));
        assertEquals("INVALID_FIELD", toHerself.getCode(), toHerself.getSummary());
        assertEquals("forwardAll", toHerself.getField());
        assertNull(myPhone.port().getCallSettings(get).getCallSettings().getForwardAll(), "nothing saved");
        ModifyCallSettings overriding = new ModifyCallSettings();
        overriding.setUserId(mia.getUserId());
        overriding.setForwardAll(all);
        myPhone.port().modifyCallSettings(overriding);
        GetWhoRingsWhenResponse forwarded = awaitPlan(mia.getUserId(), steps -> has(steps, "FORWARD", all, 0));
        assertFalse(forwarded.getStep().stream().anyMatch(s -> noReply.equals(s.getAddress()) || busy.equals(s.getAddress())),
                "Forward All overrides Busy and No Reply");

        ModifyCallSettings custom = new ModifyCallSettings();
        custom.setUserId(mia.getUserId());
        custom.setPreferredDevice(PreferredDevice.CUSTOM);
        OneNumberFaultDetail noNumber = fault(() -> myPhone.port().modifyCallSettings(custom));
        assertEquals("INVALID_FIELD", noNumber.getCode());
        assertEquals("customDevice", noNumber.getField());
        assertEquals(PreferredDevice.WORK_PHONE, myPhone.port().getCallSettings(get).getCallSettings().getPreferredDevice(),
                "nothing changed");
    }
}
