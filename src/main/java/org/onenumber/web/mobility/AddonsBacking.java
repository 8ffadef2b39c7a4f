package org.onenumber.web.mobility;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onenumber.web.account.AdminContext;
import org.onenumber.mobility.boundary.Mobility;
import org.onenumber.mobility.entity.MobilityStatus;
import org.onenumber.web.Messages;
import org.primefaces.PrimeFaces;

/** admin/addons.xhtml: Add-on Features: the Mobility add-on's status, activation and Connect Mobility Settings. */
@Named
@ViewScoped
public class AddonsBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    Mobility mobility;

    @Inject
    SettingsForms forms;

    private MobilityStatus status;
    private SettingsForm form;
    private boolean activating;
    private String question;

    @PostConstruct
    void init() {
        status = mobility.service(admin.requireAccount()).getStatus();
    }

    /** Activate and Settings open the same dialog; only activation asks to confirm the purchase. */
    public void open(boolean activation) {
        form = forms.open(admin.requireAccount());
        status = form.getStatus();
        activating = activation;
    }

    /**
     * OK: activation asks to confirm the purchase, and a change that emails users asks, naming how many; anything else
     * is saved at once. A refused change is shown beside its fields and asks nothing.
     */
    public void review() {
        question = null;
        long account = admin.requireAccount();
        if (activating) {
            question = "Confirm the purchase of the Mobility add-on? " + admin.getAccountName() + " gets the Mobility add-on"
                    + " (1 add-on; mobile client licenses are purchased on their own, none now). No email is sent.";
        } else {
            try {
                question = forms.question(account, admin.getAccountName(), form, false);
            } catch (RuntimeException e) {
                Messages.show("settings", e);
                return;
            }
        }
        if (question == null) {
            save();
        } else {
            PrimeFaces.current().ajax().addCallbackParam("confirm", true);
        }
    }

    /** What Yes answers. */
    public String getQuestion() {
        return question;
    }

    public void save() {
        long account = admin.requireAccount();
        if (activating) {
            Messages.run("settings", () -> status = mobility.activate(account, true, form.settings()).getStatus(),
                    "Mobility is activated; support will complete the activation.");
        } else {
            Messages.run("settings", () -> mobility.modifySettings(account, form.getVersion(), form.settings()),
                    "The Mobility settings are saved.");
        }
    }

    public MobilityStatus getStatus() {
        return status;
    }

    public SettingsForm getForm() {
        return form;
    }

    public boolean isActivating() {
        return activating;
    }
}
