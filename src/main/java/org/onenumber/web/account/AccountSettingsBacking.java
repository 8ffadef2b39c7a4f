package org.onenumber.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onenumber.account.boundary.Accounts;
import org.onenumber.web.Messages;

/** admin/account.xhtml: the account's settings; for now how its people sign in to the web pages. */
@Named
@ViewScoped
public class AccountSettingsBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    Accounts accounts;

    private boolean accessCodeRequired;
    /** The setting as the page showed it: saved only over that, never over another admin's change made meanwhile. */
    private boolean shown;

    @PostConstruct
    void init() {
        accessCodeRequired = accounts.get(admin.requireAccount()).isAccessCodeRequired();
        shown = accessCodeRequired;
    }

    public void save() {
        boolean required = accessCodeRequired;
        boolean saved = Messages.run("settings", () -> accounts.requireAccessCode(admin.requireAccount(), shown, required), required
                ? "Sign-in settings saved: from the next sign-in, people of this account also enter an access code sent to"
                        + " their email address."
                : "Sign-in settings saved: people of this account sign in with their password alone.");
        if (saved) {
            shown = required;
        }
    }

    public boolean isAccessCodeRequired() {
        return accessCodeRequired;
    }

    public void setAccessCodeRequired(boolean accessCodeRequired) {
        this.accessCodeRequired = accessCodeRequired;
    }
}
