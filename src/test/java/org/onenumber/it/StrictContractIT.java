package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onenumber.testsupport.RawSoap.assertRefused;

import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.client.AddAccount;
import org.onenumber.client.AddSite;
import org.onenumber.client.AddUser;
import org.onenumber.client.GetUser;
import org.onenumber.client.ListLicenses;
import org.onenumber.client.ProfileType;
import org.onenumber.client.SetLicenseQuantity;
import org.onenumber.client.User;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.RawSoap;
import org.onenumber.testsupport.RawSoap.Answer;
import org.onenumber.testsupport.SharedServer;

/**
 * Requests that do not match the contract, sent as raw XML the way a careless client's code would, are
 * refused with the typed fault INVALID_REQUEST naming the element, and change nothing (read back through the
 * independent client). Before, schema validation was off and JAXB read leniently: a missing or misspelt
 * quantity set a pool to 0 and deleted its licenses, {@code expectedVersion=latest} deleted a user.
 */
@ExtendWith(SharedServer.class)
class StrictContractIT {

    private final URL base;
    private final RawSoap raw;

    StrictContractIT(PayaraMicro server) {
        this.base = server.url();
        this.raw = new RawSoap(base);
    }

    private Answer post(String port, String operation, String body) throws Exception {
        return raw.post(port, operation, body);
    }

    private record Fixture(long accountId, User user) {
    }

    private Fixture fixture() throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        AddAccount account = new AddAccount();
        account.setName("Strict " + UUID.randomUUID().toString().substring(0, 8));
        long accountId = acme.port().addAccount(account).getAccount().getAccountId();
        AddSite site = new AddSite();
        site.setAccountId(accountId);
        site.setName("HQ");
        site.setCountry("US");
        AddUser add = new AddUser();
        add.setAccountId(accountId);
        add.setSiteId(acme.port().addSite(site).getSite().getSiteId());
        add.setFirstName("Carla");
        add.setLastName("Careless");
        add.setEmail("carla." + UUID.randomUUID().toString().substring(0, 6) + "@example.com");
        add.setExtension("4401");
        add.setProfileType(ProfileType.PREMIER);
        User user = acme.port().addUser(add).getUser();
        SetLicenseQuantity quantity = new SetLicenseQuantity();
        quantity.setAccountId(accountId);
        quantity.setQuantity(3);
        MobilityClient.acme(base).port().setLicenseQuantity(quantity);
        return new Fixture(accountId, user);
    }

    private int licenses(long accountId) throws Exception {
        ListLicenses list = new ListLicenses();
        list.setAccountId(accountId);
        return MobilityClient.acme(base).port().listLicenses(list).getLicense().size();
    }

    private User read(long userId) throws Exception {
        GetUser get = new GetUser();
        get.setUserId(userId);
        return ProvisioningClient.acme(base).port().getUser(get).getUser();
    }

    @Test
    void aMissingOrMistypedQuantityIsRefusedAndTheLicensesStay() throws Exception {
        Fixture f = fixture();
        assertRefused(post("mobility", "SetLicenseQuantity",
                "<on:SetLicenseQuantity><on:accountId>" + f.accountId() + "</on:accountId></on:SetLicenseQuantity>"), "quantity");
        assertRefused(post("mobility", "SetLicenseQuantity", "<on:SetLicenseQuantity><on:accountId>" + f.accountId()
                + "</on:accountId><on:quantity>five</on:quantity></on:SetLicenseQuantity>"), "quantity");
        assertEquals(3, licenses(f.accountId()), "the pool keeps its three licenses");
    }

    @Test
    void aMisspeltElementAnUnknownEnumValueOrAWordForAVersionIsRefusedAndTheUserStays() throws Exception {
        Fixture f = fixture();
        long id = f.user().getUserId();
        assertRefused(post("provisioning", "ModifyUser", "<on:ModifyUser><on:userId>" + id
                + "</on:userId><on:lastname>Renamed</on:lastname></on:ModifyUser>"), "lastname");
        assertRefused(post("provisioning", "ModifyUser", "<on:ModifyUser><on:userId>" + id
                + "</on:userId><on:profileType>elite</on:profileType></on:ModifyUser>"), "profileType");
        assertRefused(post("provisioning", "ModifyUser", "<on:ModifyUser><on:userId>" + id
                + "</on:userId><on:expectedVersion>999x</on:expectedVersion><on:firstName>Changed</on:firstName></on:ModifyUser>"),
                "expectedVersion");
        assertRefused(post("provisioning", "DeleteUser", "<on:DeleteUser><on:userId>" + id
                + "</on:userId><on:expectedVersion>latest</on:expectedVersion></on:DeleteUser>"), "expectedVersion");
        assertRefused(post("provisioning", "GetUser", "<on:GetUser><on:userId>abc</on:userId></on:GetUser>"), "userId");

        User after = read(id);
        assertEquals("Carla", after.getFirstName());
        assertEquals("Careless", after.getLastName());
        assertEquals(ProfileType.PREMIER, after.getProfileType());
        assertEquals(f.user().getVersion(), after.getVersion(), "nothing changed");
    }

    @Test
    void aValidRawRequestStillWorks() throws Exception {
        Fixture f = fixture();
        Answer answer = post("provisioning", "GetUser", "<on:GetUser><on:userId>" + f.user().getUserId() + "</on:userId></on:GetUser>");
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.body().contains("Careless"), answer.body());
    }
}
