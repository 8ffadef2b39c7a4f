package org.onenumber.mobility.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import org.onenumber.account.boundary.PhoneNumbers;
import org.onenumber.account.boundary.web.AdminContext;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.mobility.boundary.Mobility;
import org.onenumber.mobility.boundary.MobilityRouters;
import org.onenumber.mobility.entity.MobilityService;
import org.onenumber.mobility.entity.MobilityStatus;
import org.onenumber.platform.web.Messages;
import org.onenumber.security.entity.Role;

/** admin/addons.xhtml: Add-on Features: the Mobility add-on's status, activation and Connect Mobility Settings. */
@Named
@ViewScoped
public class AddonsBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    Mobility mobility;

    @Inject
    MobilityRouters routers;

    @Inject
    PhoneNumbers numbers;

    @Inject
    SecurityContext security;

    private MobilityStatus status;
    private SettingsForm form;
    private boolean activating;

    @PostConstruct
    void init() {
        status = mobility.service(admin.requireAccount()).getStatus();
    }

    /** Activate and Settings open the same dialog; only activation asks to confirm the purchase. */
    public void open(boolean activation) {
        long account = admin.requireAccount();
        MobilityService service = mobility.service(account);
        status = service.getStatus();
        activating = activation;
        form = new SettingsForm(service, security.isCallerInRole(Role.SUPPORT), routers.list(),
                numbers.window(account, PhoneNumber.Status.FREE, 0, 200));
    }

    public void save() {
        long account = admin.requireAccount();
        Messages.run("settings", () -> status = (activating
                        ? mobility.activate(account, true, form.settings())
                        : mobility.modifySettings(account, form.getVersion(), form.settings())).getStatus(),
                activating ? "Mobility is activated; support will complete the activation." : "The Mobility settings are saved.");
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
