package org.onenumber.web.mobility;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.onenumber.web.account.AccountsBacking;
import org.onenumber.account.entity.Account;
import org.onenumber.license.boundary.Licenses;
import org.onenumber.license.entity.LicensePool;
import org.onenumber.mobility.boundary.Mobility;
import org.onenumber.mobility.boundary.MobilityOverview;
import org.onenumber.mobility.entity.MobilityStatus;
import org.onenumber.web.Messages;
import org.primefaces.PrimeFaces;

/**
 * The Mobility part of admin/support/accounts.xhtml: each listed account's add-on and license pool, read for
 * the whole list at once, and support's actions on them (complete activation, settings, licenses, suspend).
 */
@Named
@ViewScoped
public class SupportMobilityBacking implements Serializable {

    @Inject
    AccountsBacking accounts;

    @Inject
    Mobility mobility;

    @Inject
    SettingsForms forms;

    @Inject
    Licenses licenses;

    private Map<Long, MobilityOverview> overview;
    private long accountId;
    private String accountName;
    private boolean completing;
    private SettingsForm form;
    private Integer quantity;
    /** The pool's version when its dialog was opened (null for a pool never bought). */
    private Long poolVersion;
    private String question;

    public MobilityOverview overview(long account) {
        if (overview == null || !overview.containsKey(account)) {
            overview = mobility.overview(accounts.getAccounts().stream().map(Account::getId).toList());
        }
        return overview.getOrDefault(account, MobilityOverview.NONE);
    }

    /** Complete Activation and Edit settings share the Connect Mobility Settings dialog. */
    public void openSettings(Account account, boolean completion) {
        select(account);
        completing = completion;
        form = forms.open(accountId);
    }

    /**
     * OK: completing activation asks, naming the users who get their provisioning email; an edit asks when it emails
     * users (how many); anything else is saved at once. A refused change is shown beside its fields and asks nothing.
     */
    public void reviewSettings() {
        try {
            question = forms.question(accountId, accountName, form, completing);
        } catch (RuntimeException e) {
            Messages.show("supportSettings", e);
            return;
        }
        if (question == null) {
            saveSettings();
        } else {
            PrimeFaces.current().ajax().addCallbackParam("confirm", true);
        }
    }

    /** What Yes answers. */
    public String getQuestion() {
        return question;
    }

    public void saveSettings() {
        Messages.run("supportSettings", () -> {
            if (completing) {
                mobility.completeActivation(accountId, form.settings());
            } else {
                mobility.modifySettings(accountId, form.getVersion(), form.settings());
            }
        }, completing ? "Mobility is active for " + accountName + "." : "Mobility settings of " + accountName + " are saved.");
        overview = null;
    }

    /**
     * The account's pool as it is now (not as the list showed it when it was drawn) and its version: the quantity
     * saved replaces the one support saw, so a purchase made since (by the customer or the back office) refuses the
     * save instead of being undone, with its licenses, unnoticed.
     */
    public void openLicenses(Account account) {
        select(account);
        var pool = licenses.pool(accountId);
        quantity = pool.getPurchased();
        poolVersion = pool.getVersion(); // 0 when never bought: a first purchase made meanwhile makes the save stale
    }

    public void saveLicenses() {
        Messages.run("supportLicenses", () -> licenses.setPurchased(accountId, poolVersion, quantity),
                accountName + " has " + quantity + " mobile client licenses.");
        overview = null; // the list shows the quantity as it is now, saved or refused
    }

    public void changeStatus(Account account, MobilityStatus to) {
        select(account);
        Messages.run("accounts", () -> {
            if (to == MobilityStatus.SUSPENDED) {
                mobility.suspend(accountId);
            } else {
                mobility.resume(accountId);
            }
        }, "Mobility of " + accountName + " is " + to.title().toLowerCase() + ".");
        overview = null;
    }

    private void select(Account account) {
        accountId = account.getId();
        accountName = account.getName();
    }

    public String getAccountName() {
        return accountName;
    }

    public boolean isCompleting() {
        return completing;
    }

    public SettingsForm getForm() {
        return form;
    }

    public int getMaxQuantity() {
        return LicensePool.MAX_QUANTITY;
    }

    public String getQuantityRule() {
        return String.format(Locale.US, "Type a whole number from 0 to %,d.", LicensePool.MAX_QUANTITY);
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }
}
