package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.*;
import org.onenumber.testsupport.AnywhereClient;
import org.onenumber.testsupport.MyPhoneClient;
import org.onenumber.testsupport.NumberBlocks;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * My Phone's calls as an end user uses them, in headless Chromium at a phone's width (375 px): Simultaneous Ring on a
 * number another user's Office Anywhere holds is refused naming the feature and the user; a free number rings with the
 * desk phone; Forward All overrides No Reply; Do Not Disturb sends calls to voicemail. "Who rings when" is the switch's
 * own simulation, so each step is checked on what the switch will do.
 */
@ExtendWith(SharedServer.class)
class MyPhoneWebIT {

    private static final String CALLS = "/myphone/calls.xhtml";

    private final PayaraMicro server;
    private final URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    MyPhoneWebIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
    }

    private static String display(String e164) {
        return String.format("(%s) %s-%s", e164.substring(2, 5), e164.substring(5, 8), e164.substring(8));
    }

    /** Ines Urquhart of Globex gets Office Anywhere with a number of her own; returns it. */
    private String inesOfficeAnywhereNumber() throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        ListUsers list = new ListUsers();
        list.setAccountId(acme.accountNamed("Globex Corporation"));
        list.setNameContains("Urquhart");
        User ines = acme.port().listUsers(list).getUser().get(0);
        AnywhereClient anywhere = AnywhereClient.acme(base);
        ListOfficeAnywhereUsers users = new ListOfficeAnywhereUsers();
        users.setAccountId(ines.getAccountId());
        if (anywhere.port().listOfficeAnywhereUsers(users).getOfficeAnywhereUser().stream().noneMatch(u -> u.getUserId() == ines.getUserId())) {
            AssignOfficeAnywhere assign = new AssignOfficeAnywhere();
            assign.setUserId(ines.getUserId());
            anywhere.port().assignOfficeAnywhere(assign);
        }
        String number = NumberBlocks.single("917");
        AddAlternateNumber add = new AddAlternateNumber();
        add.setUserId(ines.getUserId());
        add.setNumber(number);
        add.setKind(NumberKind.WIRELESS);
        add.setActive(true);
        anywhere.port().addAlternateNumber(add);
        return number;
    }

    private long mayaUserId() throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        ListUsers list = new ListUsers();
        list.setAccountId(acme.accountNamed("Globex Corporation"));
        list.setNameContains("Young");
        return acme.port().listUsers(list).getUser().get(0).getUserId();
    }

    private CallSettings callSettings(long userId) throws Exception {
        GetCallSettings get = new GetCallSettings();
        get.setUserId(userId);
        return MyPhoneClient.acme(base).port().getCallSettings(get).getCallSettings();
    }

    /** The last ten digits: the page shows (212) 555-0123, the API +12125550123. */
    private static String digits(String number) {
        String d = number == null ? "" : number.replaceAll("\\D", "");
        return d.length() > 10 ? d.substring(d.length() - 10) : d;
    }

    /**
     * A preferred device deleted meanwhile (in another tab, or over the API) is refused beside the choice on Save, and
     * nothing is saved. Before, the refusal went to a message element that shows no such message: nothing was saved
     * and nothing was said.
     */
    @Test
    void aPreferredDeviceDeletedMeanwhileIsRefusedBesideTheChoiceAndNothingIsSaved() throws Exception {
        long maya = mayaUserId();
        MyPhoneClient phone = MyPhoneClient.acme(base);
        String name = "Boathouse " + NumberBlocks.single("646").substring(8);
        AddCustomDevice add = new AddCustomDevice();
        add.setUserId(maya);
        add.setName(name);
        add.setNumber(NumberBlocks.single("646"));
        add.setRingSeconds(20);
        CustomDevice device = phone.port().addCustomDevice(add).getCustomDevice();
        PreferredDevice before = callSettings(maya).getPreferredDevice();
        browser.signIn(base, "maya", "Phone-2026-maya");
        browser.waitForPage(base, "/myphone/profile.xhtml");
        browser.open(base, CALLS.substring(1));
        browser.waitForPage(base, CALLS);
        click(By.xpath("//label[starts-with(normalize-space(.), '" + name + " (')]"));
        RemoveCustomDevice remove = new RemoveCustomDevice();
        remove.setUserId(maya);
        remove.setDeviceId(device.getDeviceId());
        phone.port().removeCustomDevice(remove);

        click(By.id("calls:save"));
        waitUntil(() -> browser.ajaxIdle() && !browser.messageBeside("calls:preferredDevice").isEmpty(),
                "the refusal beside Preferred device");
        assertEquals("That device is not one of yours; choose one from the list.",
                browser.messageBeside("calls:preferredDevice"));
        assertEquals(before, callSettings(maya).getPreferredDevice(), "nothing was saved");
    }

    /**
     * Adding or removing a Simultaneous Ring number keeps what the user changed in the form above and has not saved
     * yet, and that change then saves. Before, the page read the settings back after the number came or went, and the
     * forwarding number typed above was gone.
     */
    @Test
    void aSimultaneousRingNumberAddedOrRemovedKeepsWhatWasTypedAboveAndNotSavedYet() throws Exception {
        long maya = mayaUserId();
        String busy = NumberBlocks.single("718");
        String cell = NumberBlocks.single("415");
        browser.signIn(base, "maya", "Phone-2026-maya");
        browser.waitForPage(base, "/myphone/profile.xhtml");
        browser.open(base, CALLS.substring(1));
        browser.waitForPage(base, CALLS);
        int listed = browser.findAll(By.cssSelector("li.sim-ring-number")).size();
        try {
            browser.type(By.id("calls:forwardBusy"), display(busy));
            browser.type(By.id("simRing:simRingNumber"), display(cell));
            click(By.id("simRing:addSimRing"));
            waitUntil(() -> browser.ajaxIdle() && browser.findAll(By.cssSelector("li.sim-ring-number")).size() == listed + 1,
                    "the number is listed");
            assertEquals(digits(busy), digits(browser.find(By.id("calls:forwardBusy")).getAttribute("value")),
                    "what was typed above stays when a number comes");
            click(By.xpath("//li[contains(@class, 'sim-ring-number')][span[@class='number' and normalize-space()='"
                    + display(cell) + "']]//button"));
            waitUntil(() -> browser.ajaxIdle() && browser.findAll(By.cssSelector("li.sim-ring-number")).size() == listed,
                    "the number is gone");
            assertEquals(digits(busy), digits(browser.find(By.id("calls:forwardBusy")).getAttribute("value")),
                    "and when it goes");
            save();
            assertEquals(digits(busy), digits(callSettings(maya).getForwardBusy()), "saved, not refused as changed meanwhile");
        } finally {
            // leave Maya as she was: no Busy forwarding, not this number
            MyPhoneClient phone = MyPhoneClient.acme(base);
            removeSimRing(maya, cell);
            ModifyCallSettings clear = new ModifyCallSettings();
            clear.setUserId(maya);
            clear.setExpectedVersion(callSettings(maya).getVersion());
            clear.setForwardBusy("");
            phone.port().modifyCallSettings(clear);
        }
    }

    /**
     * The list of Simultaneous Ring numbers is shown as the page holds it after a Save: a number removed elsewhere
     * meanwhile (another tab, the carrier's API) is gone from it, and Remove next to another removes that one.
     */
    @Test
    void aNumberRemovedAfterASaveIsTheOneClickedThoughTheListChangedElsewhere() throws Exception {
        long maya = mayaUserId();
        String first = NumberBlocks.single("415");
        String second = NumberBlocks.single("415");
        MyPhoneClient phone = MyPhoneClient.acme(base);
        for (String number : List.of(first, second)) {
            AddSimRingNumber add = new AddSimRingNumber();
            add.setUserId(maya);
            add.setNumber(number);
            phone.port().addSimRingNumber(add);
        }
        try {
            browser.signIn(base, "maya", "Phone-2026-maya");
            browser.waitForPage(base, "/myphone/profile.xhtml");
            browser.open(base, CALLS.substring(1));
            browser.waitForPage(base, CALLS);
            removeSimRing(maya, first); // elsewhere
            save();
            assertTrue(browser.findAll(By.cssSelector("li.sim-ring-number span.number")).stream()
                    .noneMatch(span -> span.getText().equals(display(first))), "the number removed elsewhere is gone");
            click(By.xpath("//li[contains(@class, 'sim-ring-number')][span[@class='number' and normalize-space()='"
                    + display(second) + "']]//button"));
            waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains(display(second) + " is removed."),
                    "the number clicked is removed");
            assertTrue(callSettings(maya).getSimRingNumber().stream().noneMatch(n -> n.getNumber().equals(second)));
        } finally {
            removeSimRing(maya, first);
            removeSimRing(maya, second);
        }
    }

    /** Removes {@code e164} from the user's Simultaneous Ring list over the API, if it is there. */
    private void removeSimRing(long userId, String e164) throws Exception {
        for (SimRingNumber number : callSettings(userId).getSimRingNumber()) {
            if (number.getNumber().equals(e164)) {
                RemoveSimRingNumber remove = new RemoveSimRingNumber();
                remove.setUserId(userId);
                remove.setNumberId(number.getNumberId());
                MyPhoneClient.acme(base).port().removeSimRingNumber(remove);
            }
        }
    }

    @Test
    void anEndUserSetsSimultaneousRingForwardingAndDoNotDisturbAndSeesWhatTheSwitchWillDo() throws Exception {
        String held = inesOfficeAnywhereNumber();
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        browser.signIn(base, "maya", "Phone-2026-maya");
        browser.waitForPage(base, "/myphone/profile.xhtml");
        browser.find(By.id("navCalls")).click();
        browser.waitForPage(base, CALLS);
        // the demo's stations reach the switch in the dispatcher's first rounds after start-up
        awaitPlan(steps -> !steps.isEmpty() && steps.get(0).what().equals("DESK"), "Work Phone by default: the desk phone first");

        // another user's Office Anywhere number: refused beside the field, naming the feature and the user
        browser.type(By.id("simRing:simRingNumber"), display(held));
        click(By.id("simRing:addSimRing"));
        waitUntil(() -> browser.ajaxIdle() && !browser.messageBeside("simRing:simRingNumber").isEmpty(), "refused");
        assertEquals(display(held) + " is already Ines Urquhart's Office Anywhere number.",
                browser.messageBeside("simRing:simRingNumber"));
        assertTrue(browser.findAll(By.cssSelector("li.sim-ring-number")).isEmpty(), "nothing was added");

        String cell = NumberBlocks.single("415");
        browser.type(By.id("simRing:simRingNumber"), display(cell));
        click(By.id("simRing:addSimRing"));
        waitUntil(() -> browser.ajaxIdle() && browser.findAll(By.cssSelector("li.sim-ring-number")).size() == 1, "listed");
        click(By.cssSelector("#calls\\:simultaneousRing .ui-chkbox-box"));
        save();
        Step simRing = awaitStep("NUMBER", cell);
        assertEquals(0, simRing.from(), "rings with the desk phone at once: " + steps());
        browser.screenshot("myphone-calls-375.png");

        // Forward All overrides Busy and No Reply
        String all = NumberBlocks.single("212");
        String busy = NumberBlocks.single("718");
        String noReply = NumberBlocks.single("646");
        browser.type(By.id("calls:forwardAll"), display(all));
        browser.type(By.id("calls:forwardBusy"), display(busy));
        browser.type(By.id("calls:forwardNoReply"), display(noReply));
        save();
        Step forward = awaitStep("FORWARD", all);
        assertEquals(0, forward.from(), steps().toString());
        assertTrue(steps().stream().noneMatch(s -> noReply.equals(s.address()) || busy.equals(s.address())),
                "Busy and No Reply are overridden: " + steps());

        // the carrier's SOAP reads what the page shows, and what it sets, the page shows
        long maya = mayaUserId();
        CallSettings read = callSettings(maya);
        assertEquals(digits(all), digits(read.getForwardAll()));
        assertEquals(digits(busy), digits(read.getForwardBusy()));
        assertEquals(digits(noReply), digits(read.getForwardNoReply()));
        assertEquals(digits(browser.find(By.id("calls:forwardAll")).getAttribute("value")), digits(read.getForwardAll()));
        assertEquals(digits(browser.find(By.id("calls:forwardBusy")).getAttribute("value")), digits(read.getForwardBusy()));
        assertTrue(read.isSimultaneousRing());
        assertEquals(List.of(cell), read.getSimRingNumber().stream().map(SimRingNumber::getNumber).toList());
        assertEquals(PreferredDevice.WORK_PHONE, read.getPreferredDevice());
        ModifyCallSettings noReplyTime = new ModifyCallSettings();
        noReplyTime.setUserId(maya);
        noReplyTime.setExpectedVersion(read.getVersion());
        noReplyTime.setNoReplySeconds(20);
        MyPhoneClient.acme(base).port().modifyCallSettings(noReplyTime);
        browser.driver().navigate().refresh();
        browser.waitForPage(base, CALLS);
        assertEquals("20", browser.find(By.id("calls:noReplySeconds_input")).getAttribute("value"),
                "the page shows the No Reply time the carrier set");
        assertEquals(digits(busy), digits(browser.find(By.id("calls:forwardBusy")).getAttribute("value")));

        // Do Not Disturb: straight to voicemail
        browser.type(By.id("calls:forwardAll"), "");
        browser.type(By.id("calls:forwardBusy"), "");
        browser.type(By.id("calls:forwardNoReply"), "");
        click(By.cssSelector("#calls\\:doNotDisturb .ui-chkbox-box"));
        save();
        awaitPlan(steps -> steps.size() == 1 && steps.get(0).what().equals("VOICEMAIL"), "Do Not Disturb sends calls to voicemail");

        // leave Maya as she was: Do Not Disturb off
        click(By.cssSelector("#calls\\:doNotDisturb .ui-chkbox-box"));
        save();

        // a call on her desk phone shows among her active calls (live); a move to a device she lacks and a conference the switch
        // does not move, and says why
        GetSyncStatus status = new GetSyncStatus();
        status.setUserId(maya);
        String station = ProvisioningClient.acme(base).port().getSyncStatus(status).getSubscriber();
        String call = org.onenumber.testsupport.SwitchConsole.admin(server.adminPort(), "call " + station + " +12125550123 DESK")
                .substring(3).trim();
        waitUntil(() -> browser.find(By.id("activeCalls:table")).getText().contains(call), "the call is listed (live)");
        // Maya has no mobile client: the switch refuses, and says so
        click(By.cssSelector("#activeCalls button.move-mobile"));
        waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains("no mobile client"), "refused: no mobile client");
        assertEquals("Desk phone", browser.find(By.cssSelector("#activeCalls td.call-device")).getText(), "the call stays");
        org.onenumber.testsupport.SwitchConsole.admin(server.adminPort(), "parties " + call + " 4");
        click(By.cssSelector("#activeCalls button.move-mobile"));
        waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains("conference"), "refused with the switch's reason");
        assertTrue(browser.globalMessages().contains("did not move"), browser.globalMessages());
        assertEquals("Desk phone", browser.find(By.cssSelector("#activeCalls td.call-device")).getText(), "the conference stays");
        browser.screenshot("myphone-active-call-refused.png");
        org.onenumber.testsupport.SwitchConsole.admin(server.adminPort(), "end " + call);
    }

    /** Clicks once no request is in flight, again if the element was re-rendered under the click. */
    /**
     * Office Anywhere taken away by an admin while the user's page shows it on: the user's next step there (adding a
     * phone) is refused saying so, and the section then shows it off, offering to turn it on. Before, the refusal left
     * the section showing Office Anywhere on, with its phones and buttons, every click refused the same way.
     */
    @Test
    void officeAnywhereTakenAwayMeanwhileIsShownOffOnTheNextStep() throws Exception {
        long maya = mayaUserId();
        AnywhereClient anywhere = AnywhereClient.acme(base);
        takeOfficeAnywhereAway(anywhere, maya);
        try {
            browser.signIn(base, "maya", "Phone-2026-maya");
            browser.waitForPage(base, "/myphone/profile.xhtml");
            browser.open(base, "myphone/features.xhtml");
            browser.waitForPage(base, "/myphone/features.xhtml");
            click(By.id("officeAnywhere:turnOnAnywhere"));
            waitUntil(() -> browser.ajaxIdle() && !browser.findAll(By.id("officeAnywhere:addAlternate")).isEmpty(),
                    "Office Anywhere on, offering to add a phone");

            takeOfficeAnywhereAway(anywhere, maya);
            browser.type(By.id("officeAnywhere:number"), NumberBlocks.single("917"));
            click(By.id("officeAnywhere:addAlternate"));
            waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains("does not have Office Anywhere"),
                    "refused: no Office Anywhere");
            waitUntil(() -> !browser.findAll(By.id("officeAnywhere:turnOnAnywhere")).isEmpty()
                    && browser.findAll(By.id("officeAnywhere:addAlternate")).isEmpty(), "the section showing it off: "
                    + browser.find(By.id("officeAnywhere")).getText());
        } finally {
            takeOfficeAnywhereAway(anywhere, maya);
        }
    }

    private void takeOfficeAnywhereAway(AnywhereClient anywhere, long userId) throws Exception {
        ListOfficeAnywhereUsers users = new ListOfficeAnywhereUsers();
        users.setAccountId(ProvisioningClient.acme(base).accountNamed("Globex Corporation"));
        if (anywhere.port().listOfficeAnywhereUsers(users).getOfficeAnywhereUser().stream()
                .anyMatch(u -> u.getUserId() == userId)) {
            RemoveOfficeAnywhere remove = new RemoveOfficeAnywhere();
            remove.setUserId(userId);
            anywhere.port().removeOfficeAnywhere(remove);
        }
    }

    private void click(By by) {
        waitUntil(browser::ajaxIdle, "no request in flight");
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            browser.find(by).click();
            return true;
        });
    }

    private void save() {
        click(By.id("calls:save"));
        waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains("Saved"), "saved");
    }

    private record Step(String what, String address, int from, int until) {
    }

    private List<Step> steps() {
        return browser.findAll(By.cssSelector("#plan li.ring-step")).stream()
                .map(li -> new Step(li.getAttribute("data-what"), li.getAttribute("data-address"),
                        Integer.parseInt(li.getAttribute("data-from")), Integer.parseInt(li.getAttribute("data-until"))))
                .toList();
    }

    /**
     * Refreshes "who rings when" until the switch's plan matches (it applies a change within a dispatcher round): reads
     * the plan while no request is in flight, and asks again only then.
     */
    private void awaitPlan(java.util.function.Predicate<List<Step>> expected, String description) {
        int[] refreshes = {0};
        int[] busy = {0};
        try {
            browser.waitingForBackground().withMessage(description).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        if (!browser.ajaxIdle()) {
                            busy[0]++;
                            return false;
                        }
                        if (expected.test(steps())) {
                            return true;
                        }
                        browser.find(By.id("plan:refresh")).click();
                        refreshes[0]++;
                        return false;
                    });
        } catch (TimeoutException e) {
            throw new AssertionError("waited for: " + description + "; " + refreshes[0] + " refreshes, " + busy[0]
                    + " checks with a request in flight; " + planAsShown() + "; " + syncAsRecorded(), e);
        }
    }

    /**
     * The plan, the notice and the messages as the page shows them once no request is in flight (a failure's
     * message; the page re-renders the plan on every refresh, so an element read mid-render is read again).
     */
    private String planAsShown() {
        try {
            return browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                    browser.ajaxIdle() ? "the page shows " + steps() + (browser.findAll(By.id("plan:pending")).stream()
                            .anyMatch(WebElement::isDisplayed) ? " as pending" : " as applied") + ", messages '"
                            + browser.globalMessages() + "'" : null);
        } catch (TimeoutException e) {
            return "the page never settled";
        }
    }

    /** What the database records of the user's station, and which versions the switch received. */
    private String syncAsRecorded() {
        try {
            GetSyncStatus sync = new GetSyncStatus();
            sync.setUserId(mayaUserId());
            GetSyncStatusResponse status = ProvisioningClient.acme(base).port().getSyncStatus(sync);
            return "sync " + status.getState() + " desired v" + status.getDesiredVersion() + " applied v"
                    + status.getAppliedVersion() + ", " + status.getPendingCommands() + " pending, last error "
                    + status.getLastError() + "; the switch received "
                    + org.onenumber.testsupport.SwitchConsole.admin(server.adminPort(), "versions " + status.getSubscriber());
        } catch (Exception | AssertionError e) {
            return "sync status unreadable: " + e;
        }
    }

    private Step awaitStep(String what, String address) {
        // the switch may run the new state a moment before the application recorded it as applied: until then the page
        // says the latest change is still on its way, and the plan is asked again
        awaitPlan(steps -> steps.stream().anyMatch(s -> s.what().equals(what) && address.equals(s.address()))
                && browser.findAll(By.id("plan:pending")).stream().noneMatch(WebElement::isDisplayed), what + " " + address + ", applied");
        return steps().stream().filter(s -> s.what().equals(what) && address.equals(s.address())).findFirst().orElseThrow();
    }

    /** Waits for the condition; an element re-rendered while it was read is read again. */
    private void waitUntil(BooleanSupplier condition, String description) {
        try {
            browser.waiting().withMessage(description).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("waited for: " + description, e);
        }
    }
}
