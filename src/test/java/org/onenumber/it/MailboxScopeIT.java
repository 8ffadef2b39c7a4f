package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.ActivateMobility;
import org.onenumber.client.AddAccount;
import org.onenumber.client.AddPhoneNumbers;
import org.onenumber.client.AddSite;
import org.onenumber.client.AddUser;
import org.onenumber.client.CompleteMobilityActivation;
import org.onenumber.client.EnableMobilityUser;
import org.onenumber.client.MobilitySettings;
import org.onenumber.client.MobilityStatus;
import org.onenumber.client.PhoneNumber;
import org.onenumber.client.ProfileType;
import org.onenumber.client.SetLicenseQuantity;
import org.onenumber.client.User;
import org.onenumber.notify.Mailbox;
import org.onenumber.testsupport.NumberBlocks;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Carrier support's Mailbox page shows the email of its own carrier only: an email queued for a user of
 * Northwind Networks never shows on Acme Telecom support's page, while Acme's own email does.
 *
 * <p>Each test enables Mobility for a new user of each carrier over SOAP, as MobilitySoapIT does, which
 * queues a welcome and a provisioning email to the user's unique address: Acme's first, Northwind's
 * after it, so that an outbox listing "the newest N" of every carrier would put Northwind's above Acme's.
 * Both are waited for in the SMTP sink (so Northwind's is really in the outbox, sent, before the page is
 * read); then support of Acme signs in, reloads the page until Acme's address shows, and looks for
 * Northwind's address.
 */
@ExtendWith(SharedServer.class)
class MailboxScopeIT {

    private static final String MAILBOX = "/admin/support/mailbox.xhtml";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);

    private final URL base;
    private final Mailbox mailbox;

    @RegisterExtension
    final Browser browser = new Browser();

    MailboxScopeIT(PayaraMicro server) {
        this.base = server.url();
        this.mailbox = new Mailbox(server.dataDir().resolve("mail"));
    }

    /** The two carriers' addresses, each with its welcome and provisioning email delivered. */
    private record Emails(String acme, String northwind) {
    }

    /**
     * Outbox table: what EmailOutbox.window returns. Were it to stop filtering by carrier, Northwind's
     * emails, queued after Acme's and so newer, would be listed above Acme's in the newest ten.
     */
    @Test
    void supportsOutboxListsItsOwnCarriersEmailOnly() throws Exception {
        Emails emails = emailsOfBothCarriers();

        signInAsAcmeSupport();
        String outbox = awaitOnPage(emails.acme(), "mailbox:outbox");
        assertFalse(outbox.contains(emails.northwind()), "Acme support's outbox lists Northwind's email:\n" + outbox);
        assertFalse(sourceOf("mailbox:outbox").contains(emails.northwind()), "Northwind's address in the outbox table's markup");
    }

    /**
     * The whole page, outbox and received mail, as text and as markup, and the message a person opens from
     * it: nothing carries Northwind's address.
     */
    @Test
    void noPartOfSupportsMailboxPageShowsAnotherCarriersEmail() throws Exception {
        Emails emails = emailsOfBothCarriers();

        signInAsAcmeSupport();
        String page = awaitOnPage(emails.acme(), null);
        assertFalse(page.contains(emails.northwind()), "Acme support's Mailbox page shows Northwind's email:\n" + page);
        String source = browser.driver().getPageSource();
        assertFalse(source.contains(emails.northwind()), "Northwind's address in the Mailbox page's markup");
        // the page's account choice lists its own carrier's accounts only; the one way on is opening a listed
        // message, and none of those is Northwind's
        List<String> openable = browser.findAll(By.cssSelector("a.open-mail")).stream()
                .map(link -> link.findElement(By.xpath("ancestor::tr[1]")).getText()).toList();
        assertTrue(openable.stream().noneMatch(row -> row.contains(emails.northwind())),
                "support can open a message to Northwind's user: " + openable);

        // its own carrier's message opens as the recipient sees it
        WebElement own = browser.findAll(By.cssSelector("a.open-mail")).stream()
                .filter(link -> link.findElement(By.xpath("ancestor::tr[1]")).getText().contains(emails.acme()))
                .findFirst().orElseThrow();
        own.click();
        browser.waiting().until(ExpectedConditions.textToBe(By.id("mailTo"), emails.acme()));
        assertTrue(browser.find(By.id("sinkState")).getText().contains("embedded SMTP sink on 127.0.0.1:"));
    }

    // --- the emails ------------------------------------------------------------------------------

    private Emails emailsOfBothCarriers() throws Exception {
        String tag = unique();
        String acme = "acme-scope-" + tag + "@example.com";
        String northwind = "northwind-scope-" + tag + "@example.com";
        mobilityUserWithEmail(ProvisioningClient.acme(base), MobilityClient.acme(base), acme);
        awaitWelcomeAndProvisioning(acme);
        mobilityUserWithEmail(ProvisioningClient.northwind(base), new MobilityClient(base, "northwind-api", "northwind-secret1"),
                northwind);
        awaitWelcomeAndProvisioning(northwind);
        return new Emails(acme, northwind);
    }

    /**
     * A new account of the client's carrier with Mobility active and one license, and one Premier user
     * with {@code email} enabled for Mobility: that queues the user's welcome and provisioning emails.
     */
    private void mobilityUserWithEmail(ProvisioningClient provisioning, MobilityClient mobility, String email) throws Exception {
        AddAccount addAccount = new AddAccount();
        addAccount.setName("Mailbox scope " + unique());
        long accountId = provisioning.port().addAccount(addAccount).getAccount().getAccountId();
        AddSite addSite = new AddSite();
        addSite.setAccountId(accountId);
        addSite.setName("HQ");
        addSite.setCountry("US");
        long siteId = provisioning.port().addSite(addSite).getSite().getSiteId();
        AddPhoneNumbers numbers = new AddPhoneNumbers();
        numbers.setAccountId(accountId);
        numbers.getNumber().add(NumberBlocks.number(NumberBlocks.next(), 0));
        List<String> free = provisioning.port().addPhoneNumbers(numbers).getPhoneNumber().stream().map(PhoneNumber::getNumber)
                .toList();

        AddUser add = new AddUser();
        add.setAccountId(accountId);
        add.setSiteId(siteId);
        add.setFirstName("Dana");
        add.setLastName("Scully");
        add.setEmail(email);
        add.setExtension("2001");
        add.setBusinessNumber(free.get(0));
        add.setProfileType(ProfileType.PREMIER);
        User user = provisioning.port().addUser(add).getUser();

        ActivateMobility activate = new ActivateMobility();
        activate.setAccountId(accountId);
        activate.setPurchaseConfirmed(true);
        assertEquals(MobilityStatus.PENDING_ACTIVATION, mobility.port().activateMobility(activate).getMobility().getStatus());
        CompleteMobilityActivation complete = new CompleteMobilityActivation();
        complete.setAccountId(accountId);
        MobilitySettings settings = new MobilitySettings();
        settings.setMobilityRouter("SMR1");
        settings.setGroupName("Group " + accountId);
        complete.setSettings(settings);
        assertEquals(MobilityStatus.ACTIVE, mobility.port().completeMobilityActivation(complete).getMobility().getStatus());
        SetLicenseQuantity licenses = new SetLicenseQuantity();
        licenses.setAccountId(accountId);
        licenses.setQuantity(1);
        mobility.port().setLicenseQuantity(licenses);

        EnableMobilityUser enable = new EnableMobilityUser();
        enable.setUserId(user.getUserId());
        enable.setMobilityExtension("9001");
        mobility.port().enableMobilityUser(enable);
    }

    /** Waits until the sink received both emails to {@code email}: they were queued and sent. */
    private void awaitWelcomeAndProvisioning(String email) {
        for (String kind : List.of("WELCOME", "PROVISIONING")) {
            mailbox.awaitMessageTo(email, m -> kind.equals(Mailbox.header(m, "X-OneNumber-Kind")), MAIL_WAIT);
        }
    }

    // --- the page --------------------------------------------------------------------------------

    private void signInAsAcmeSupport() {
        browser.signIn(base, "support", "Support-2026");
        browser.waitForPage(base, "/admin/support/home.xhtml");
    }

    /**
     * Opens the Mailbox page, again and again, until the visible text of the element {@code id} (the whole
     * page when null) shows {@code address}; returns that text. Fails after {@link #PAGE_WAIT}.
     */
    private String awaitOnPage(String address, String id) throws InterruptedException {
        long deadline = System.nanoTime() + PAGE_WAIT.toNanos();
        String text;
        while (true) {
            browser.open(base, MAILBOX);
            browser.waitForPage(base, MAILBOX);
            assertEquals("Mailbox", browser.find(By.tagName("h1")).getText());
            text = (id == null ? browser.find(By.tagName("body")) : browser.find(By.id(id))).getText();
            if (text.toLowerCase(Locale.ROOT).contains(address)) {
                return text;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Acme's own email to " + address + " never showed on the Mailbox page within " + PAGE_WAIT
                        + "; it shows:\n" + text);
            }
            Thread.sleep(500);
        }
    }

    /** The markup of the element {@code id}. */
    private String sourceOf(String id) {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.getElementById(arguments[0]).outerHTML;", id);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
