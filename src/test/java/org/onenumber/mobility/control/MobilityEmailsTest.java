package org.onenumber.mobility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.AccountDetails;
import org.onenumber.account.entity.Carrier;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.account.entity.ProfileType;
import org.onenumber.account.entity.Site;
import org.onenumber.account.entity.SiteDetails;
import org.onenumber.account.entity.User;
import org.onenumber.account.entity.UserDetails;
import org.onenumber.mobility.entity.MobilityRouter;
import org.onenumber.mobility.entity.MobilityService;
import org.onenumber.mobility.entity.MobilitySettings;
import org.onenumber.mobility.entity.MobilityUser;
import org.onenumber.mobility.entity.RouterDetails;

class MobilityEmailsTest {

    private final Carrier carrier = new Carrier("Acme");
    private final Account account = new Account(carrier, new AccountDetails("Globex & Co", null));
    private final Site site = new Site(account, new SiteDetails("HQ", null, null, "US", null));

    private User user(String number) {
        User user = new User(account, site, new UserDetails(1L, "Ann", "Lee", "ann@example.com", null, "1001",
                ProfileType.PREMIER, null, null), "1001");
        if (number != null) {
            user.getStation().assignNumber(new PhoneNumber(account, number));
        }
        return user;
    }

    @Test
    void theClientUserNameIsTheTenDigitBusinessNumber() {
        assertEquals("4085550100", MobilityEmails.clientUserName(user("+14085550100")));
        assertEquals("442071838750", MobilityEmails.clientUserName(user("+442071838750")));
        assertEquals("1001", MobilityEmails.clientUserName(user(null)), "a user without a number signs in by extension");
    }

    @Test
    void theQrCodeCarriesWhatTheAppAsksForAtSignIn() {
        User ann = user("+14085550100");
        MobilityService service = new MobilityService(account);
        service.apply(new MobilitySettings(null, "Globex mobility", null, null, null, null, null, null, null, null, null, null),
                new MobilityRouter(carrier, new RouterDetails("SMR2", "clientstart.acme.example", "smr2.acme.example", 443)),
                null);
        assertEquals("onenumber-mobility://provision?subscriber=4085550100&server=clientstart.acme.example"
                        + "&remoteServer=smr2.acme.example&remotePort=443&group=Globex+mobility&extension=8100",
                MobilityEmails.qrContent(ann, new MobilityUser(ann, "8100", false), service));
    }

    @Test
    void theHtmlPartMakesABlankLineANewParagraphAndALineBreakABreak() {
        assertEquals("<p>Hello<br>World</p><p>Next</p>", MobilityEmails.paragraphs("Hello\r\nWorld\n\n  \nNext"));
        assertEquals("<p>One line</p>", MobilityEmails.paragraphs("  One line  "));
    }
}
