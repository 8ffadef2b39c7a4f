package org.onenumber.testsupport;

import java.util.List;
import org.onenumber.client.AddAccount;
import org.onenumber.client.AddPhoneNumbers;
import org.onenumber.client.AddSite;
import org.onenumber.client.OneNumberFault;
import org.onenumber.client.PhoneNumber;
import org.onenumber.client.ProvisioningPort;

/**
 * The start of most container tests' fixtures, made as the demo carrier's back office makes it (SOAP): a new account,
 * its one site "HQ" in the US, and free numbers from a block no other fixture of the run holds. The tests went on to
 * add their own users; before, each wrote these three requests out again.
 */
public final class TestAccounts {

    /** The account made: its id and name, its site, and its free numbers in E.164 (in the order of the block). */
    public record Made(long accountId, String name, long siteId, List<String> numbers) {
    }

    private TestAccounts() {
    }

    /** A new account named {@code name} with site HQ (US, the default time zone) and {@code numbers} free numbers. */
    public static Made create(ProvisioningPort port, String name, int numbers) throws OneNumberFault {
        return create(port, name, numbers, null);
    }

    /** As {@link #create(ProvisioningPort, String, int)}, with the site in {@code timeZone} when given. */
    public static Made create(ProvisioningPort port, String name, int numbers, String timeZone) throws OneNumberFault {
        AddAccount addAccount = new AddAccount();
        addAccount.setName(name);
        long accountId = port.addAccount(addAccount).getAccount().getAccountId();
        AddSite addSite = new AddSite();
        addSite.setAccountId(accountId);
        addSite.setName("HQ");
        addSite.setCountry("US");
        addSite.setTimeZone(timeZone);
        long siteId = port.addSite(addSite).getSite().getSiteId();
        List<String> free = List.of();
        if (numbers > 0) {
            AddPhoneNumbers add = new AddPhoneNumbers();
            add.setAccountId(accountId);
            String block = NumberBlocks.next();
            for (int i = 0; i < numbers; i++) {
                add.getNumber().add(NumberBlocks.number(block, i));
            }
            free = port.addPhoneNumbers(add).getPhoneNumber().stream().map(PhoneNumber::getNumber).toList();
        }
        return new Made(accountId, name, siteId, free);
    }
}
