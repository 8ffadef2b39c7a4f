package org.onenumber.mobility.boundary;

import java.util.List;
import org.onenumber.mobility.entity.MobilityService;
import org.onenumber.mobility.entity.MobilityUser;

/**
 * Who hears of a change to an account's Mobility settings, one email each: the provisioning email for users who have
 * not had one once activation is complete (it carries every setting), and, with "send email notification" on and a
 * change to what clients are provisioned with, the settings notice for everyone else.
 */
public record SettingsEmails(List<MobilityUser> provisioning, List<MobilityUser> changed) {

    /**
     * @param provisioningChanged whether what the clients are provisioned with changed
     * @param completion support completing activation: users without a provisioning email get it instead of a notice
     */
    public static SettingsEmails of(List<MobilityUser> users, MobilityService service, boolean provisioningChanged,
                                    boolean completion) {
        List<MobilityUser> provisioning = completion
                ? users.stream().filter(u -> u.getProvisioningEmailSentAt() == null).toList()
                : List.of();
        List<MobilityUser> changed = provisioningChanged && service.isSendEmailNotification()
                ? users.stream().filter(u -> !provisioning.contains(u)).toList()
                : List.of();
        return new SettingsEmails(provisioning, changed);
    }

    /** How many users get an email. */
    public int users() {
        return provisioning.size() + changed.size();
    }
}
