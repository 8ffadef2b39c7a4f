package org.onenumber.mobility.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onenumber.account.entity.User;
import org.onenumber.mobility.entity.MobilityService;
import org.onenumber.mobility.entity.MobilityStatus;
import org.onenumber.mobility.entity.MobilityUser;

/**
 * What remains before a user who holds a mobile client uses it as the reference documents describe: the add-on active
 * (support completes it), a phone profile with mobility and no Office Anywhere, Mobility enabled with a mobility
 * extension (an admin), the provisioning email sent, and the Mobile App turned on in My Phone (the user).
 */
public final class MobilityProgress {

    public static final String NOTHING = "Nothing: ready";

    private MobilityProgress() {
    }

    /**
     * @param mobilityUser null when the user only holds a shared client
     * @param excludingFeature the title of a feature the user runs that excludes Mobility, if any
     */
    public static List<String> remaining(MobilityService service, User user, MobilityUser mobilityUser, boolean mobileAppOn,
                                         boolean eligible, Optional<String> excludingFeature) {
        List<String> steps = new ArrayList<>();
        if (service.getStatus() == MobilityStatus.PENDING_ACTIVATION) {
            steps.add("Support completes Mobility activation");
        } else if (service.getStatus() == MobilityStatus.SUSPENDED) {
            steps.add("Mobility is suspended: support resumes it");
        } else if (service.getStatus() == MobilityStatus.NOT_ACTIVATED) {
            steps.add("Activate Mobility");
        }
        if (!eligible) {
            steps.add("Not a mobility user: the " + MobilityRules.title(user.getProfileType().name())
                    + " phone profile does not include mobility");
        } else if (mobilityUser == null) {
            steps.add(excludingFeature.map(f -> "Not a mobility user: uses " + f + "; remove it to enable Mobility")
                    .orElse("Not a mobility user: enable Mobility with a mobility extension"));
        }
        if (mobilityUser != null) {
            if (mobilityUser.getProvisioningEmailSentAt() == null) {
                steps.add(service.getRouter() == null ? "Provisioning email not sent: it goes once activation is complete"
                        : "Provisioning email not sent: send it");
            }
            if (!mobileAppOn) {
                steps.add("The user turns on the Mobile App in My Phone");
            }
        }
        return steps.isEmpty() ? List.of(NOTHING) : List.copyOf(steps);
    }
}
