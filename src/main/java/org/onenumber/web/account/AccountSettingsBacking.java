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

    @PostConstruct
    void init() {
        accessCodeRequired = accounts.get(admin.requireAccount()).isAccessCodeRequired();
    }

    public void save() {
        boolean required = accessCodeRequired;
        Messages.run("settings", () -> accounts.requireAccessCode(admin.requireAccount(), required), required
                ? "Sign-in settings saved: from the next sign-in, people of this account also enter an access code sent to"
                        + " their email address."
                : "Sign-in settings saved: people of this account sign in with their password alone.");
    }

    public boolean isAccessCodeRequired() {
        return accessCodeRequired;
    }

    public void setAccessCodeRequired(boolean accessCodeRequired) {
        this.accessCodeRequired = accessCodeRequired;
    }
}
