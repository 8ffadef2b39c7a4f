package org.onenumber.web.mobility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import org.onenumber.account.boundary.PhoneNumbers;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.mobility.boundary.Mobility;
import org.onenumber.mobility.boundary.MobilityRouters;
import org.onenumber.mobility.boundary.SettingsEmails;
import org.onenumber.security.entity.Role;

/** Opens the Connect Mobility Settings dialog of an account for the caller, with the routers and free numbers to choose from. */
@ApplicationScoped
public class SettingsForms {

    /** The access number list offers the first free numbers; an account needs only one. */
    static final int ACCESS_NUMBER_CHOICES = 200;

    @Inject
    Mobility mobility;

    @Inject
    MobilityRouters routers;

    @Inject
    PhoneNumbers numbers;

    @Inject
    SecurityContext security;

    /**
     * What Yes answers before a settings change is saved, naming how many users get an email, or null when the change
     * sends none and buys nothing (then it is saved without a question). The boundary works the emails out with the
     * same rules the change obeys, so a refused change is refused here, beside its fields.
     */
    public String question(long accountId, String accountName, SettingsForm form, boolean completing) {
        SettingsEmails mail = mobility.previewSettings(accountId, form.getVersion(), form.settings(), completing);
        List<String> parts = new ArrayList<>();
        if (!mail.provisioning().isEmpty()) {
            parts.add(users(mail.provisioning().size()) + " their provisioning email");
        }
        if (!mail.changed().isEmpty()) {
            parts.add(users(mail.changed().size()) + " an email saying the Mobility settings changed");
        }
        String emails = parts.isEmpty() ? "No email is sent." : String.join("; ", parts) + ", one email each.";
        if (completing) {
            return "Complete Mobility activation for " + accountName + "? " + emails;
        }
        return mail.users() == 0 ? null : "Save the Mobility settings of " + accountName + "? " + emails;
    }

    private static String users(int count) {
        return count + (count == 1 ? " mobility user gets" : " mobility users get");
    }

    public SettingsForm open(long accountId) {
        return new SettingsForm(mobility.service(accountId), security.isCallerInRole(Role.SUPPORT), routers.list(),
                numbers.window(accountId, PhoneNumber.Status.FREE, 0, ACCESS_NUMBER_CHOICES));
    }
}
