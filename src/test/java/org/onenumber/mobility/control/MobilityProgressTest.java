package org.onenumber.mobility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.AccountDetails;
import org.onenumber.account.entity.Carrier;
import org.onenumber.account.entity.ProfileType;
import org.onenumber.account.entity.Site;
import org.onenumber.account.entity.SiteDetails;
import org.onenumber.account.entity.User;
import org.onenumber.account.entity.UserDetails;
import org.onenumber.mobility.boundary.SettingsEmails;
import org.onenumber.mobility.entity.MobilityRouter;
import org.onenumber.mobility.entity.MobilityService;
import org.onenumber.mobility.entity.MobilitySettings;
import org.onenumber.mobility.entity.MobilityUser;
import org.onenumber.mobility.entity.RouterDetails;

class MobilityProgressTest {

    private final Carrier carrier = new Carrier("Acme");
    private final Account account = new Account(carrier, new AccountDetails("Globex", null));
    private final Site site = new Site(account, new SiteDetails("HQ", null, null, "US", null));
    private final MobilityService service = new MobilityService(account);

    private User user(String first, ProfileType profile) {
        return new User(account, site, new UserDetails(1L, first, "Lee", first.toLowerCase() + "@example.com", null, "2001",
                profile, null, null), "2001");
    }

    private void activeWithRouter() {
        service.requestActivation("dm");
        service.apply(new MobilitySettings(null, "Group", null, null, null, null, null, true, null, null, null, null),
                new MobilityRouter(carrier, new RouterDetails("SMR1", "clientstart.example", "smr1.example", null)), null);
        service.completeActivation("support");
    }

    @Test
    void aClientHolderWithoutMobilityIsToldToEnableIt() {
        activeWithRouter();
        User ann = user("Ann", ProfileType.ESSENTIALS);
        assertEquals(List.of("Not a mobility user: enable Mobility with a mobility extension"),
                MobilityProgress.remaining(service, ann, null, false, true, Optional.empty()));
        assertEquals(List.of("Not a mobility user: uses Office Anywhere; remove it to enable Mobility"),
                MobilityProgress.remaining(service, ann, null, false, true, Optional.of("Office Anywhere")));
        assertTrue(MobilityProgress.remaining(service, user("Bob", ProfileType.BASIC), null, false, false, Optional.empty())
                .get(0).contains("Basic phone profile does not include mobility"));
    }

    @Test
    void aMobilityUserWaitsForActivationTheProvisioningEmailAndTheMobileApp() {
        service.requestActivation("dm");
        MobilityUser ann = new MobilityUser(user("Ann", ProfileType.PREMIER), "7001", false);
        assertEquals(List.of("Support completes Mobility activation",
                        "Provisioning email not sent: it goes once activation is complete",
                        "The user turns on the Mobile App in My Phone"),
                MobilityProgress.remaining(service, ann.getUser(), ann, false, true, Optional.empty()));
        ann.provisioningEmailSent();
        assertEquals(List.of("Support completes Mobility activation"),
                MobilityProgress.remaining(service, ann.getUser(), ann, true, true, Optional.empty()));
    }

    @Test
    void completionSendsEachUserOneEmail() {
        activeWithRouter();
        MobilityUser waiting = new MobilityUser(user("Ann", ProfileType.PREMIER), "7001", false);
        MobilityUser provisioned = new MobilityUser(user("Bob", ProfileType.PREMIER), "7002", false);
        provisioned.provisioningEmailSent();
        SettingsEmails completion = SettingsEmails.of(List.of(waiting, provisioned), service, true, true);
        assertEquals(List.of(waiting), completion.provisioning());
        assertEquals(List.of(provisioned), completion.changed());
        assertEquals(2, completion.users());

        SettingsEmails edit = SettingsEmails.of(List.of(waiting, provisioned), service, true, false);
        assertEquals(List.of(), edit.provisioning());
        assertEquals(2, edit.changed().size());
        assertEquals(0, SettingsEmails.of(List.of(waiting, provisioned), service, false, false).users(),
                "no change to what clients are provisioned with, no email");
    }
}
