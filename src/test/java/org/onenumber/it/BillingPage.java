package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Phone System > Billing as carrier support uses it in the browser: open an account, record a day's quantities as the
 * snapshot job would have, run the true-up and read the statement's lines.
 */
final class BillingPage {

    private static final String ACCOUNTS = "/admin/support/accounts.xhtml";

    private final Browser browser;
    private final URL base;

    BillingPage(Browser browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    /** Signs in as support and opens the account (then the billing page shows it). */
    void openAccountAsSupport(String accountName) {
        browser.signInAndOpen(base, "support", "Support-2026", "/admin/support/home.xhtml", ACCOUNTS);
        browser.type(By.id("accounts:name"), accountName);
        browser.find(By.id("accounts:search")).click();
        String row = "//tbody[@id='accounts:table_data']/tr[td[1][normalize-space()='" + accountName + "']]";
        waitUntil(() -> browser.ajaxIdle() && !browser.findAll(By.xpath(row)).isEmpty(), accountName + " listed");
        browser.find(By.xpath(row + "//button[contains(@class, 'open-account')]")).click();
        waitUntil(() -> browser.find(By.id("currentAccount")).getText().equals(accountName), accountName + " opened");
    }

    void recordDay(LocalDate day) {
        browser.type(By.id("billing:day"), day.toString());
        browser.find(By.id("billing:recordDay")).click();
        waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains("The quantities of " + day + " are recorded"),
                "day " + day + " recorded");
    }

    void runTrueUp() {
        runTrueUp("billing:trueUp");
        waitUntil(() -> !browser.findAll(By.id("billing:statementStatus")).isEmpty(), "the account's statement shown");
    }

    /** Support's "Run for all accounts": the month's true-up of every account of the carrier. */
    void runTrueUpForAll() {
        runTrueUp("billing:trueUpAll");
    }

    private void runTrueUp(String button) {
        String before = browser.findAll(By.id("billing:runStatus")).stream().map(WebElement::getText).findFirst().orElse("");
        browser.find(By.id(button)).click();
        Browser.until(browser.waitingForBackground(), () -> browser.ajaxIdle() && !browser.findAll(By.id("billing:runStatus")).isEmpty()
                && !browser.find(By.id("billing:runStatus")).getText().equals(before)
                && browser.find(By.id("billing:runStatus")).getText().contains("Completed"), "the true-up completed");
        assertTrue(browser.find(By.id("billing:runStatus")).getText().contains("0 failed"),
                browser.find(By.id("billing:runStatus")).getText());
    }

    /** The statement's lines by "KIND Item for-month": day-weighted, peak, unit-days, calls, billed minutes. */
    Map<String, List<String>> lines() {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (WebElement row : browser.findAll(By.cssSelector("[id='billing:lines_data'] tr"))) {
            List<String> cells = row.findElements(By.tagName("td")).stream().map(td -> td.getText().trim()).toList();
            // the line's kind as its code (the row's class line-USAGE), the page shows it as a word
            String kind = java.util.Arrays.stream(row.getAttribute("class").split(" ")).filter(c -> c.startsWith("line-"))
                    .map(c -> c.substring("line-".length())).findFirst().orElseThrow();
            assertEquals(org.onenumber.web.Words.word(kind), cells.get(0), "the kind in words");
            lines.put(kind + " " + cells.get(1) + " " + cells.get(2), cells.subList(3, 8));
        }
        return lines;
    }

    void waitUntil(BooleanSupplier condition, String description) {
        Browser.until(browser.waiting(), condition, description);
    }
}
