package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onenumber.testsupport.SoapFaults.fault;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.client.*;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.SharedServer;

/**
 * expectedVersion on the Mobility port's modifies, as on every other modify: a back office that read a record, then
 * changes it, is refused (STALE_VERSION) when someone changed it in between, and the refusal changes nothing (read
 * back); with the version it read, the change goes through and the version grows.
 */
@ExtendWith(SharedServer.class)
class ExpectedVersionSoapIT {

    private final PayaraMicro server;

    ExpectedVersionSoapIT(PayaraMicro server) {
        this.server = server;
    }

    private static ListLicensesResponse licenses(MobilityClient mobility, long accountId) throws OneNumberFault {
        ListLicenses list = new ListLicenses();
        list.setAccountId(accountId);
        return mobility.port().listLicenses(list);
    }

    private static MobilityUser mobilityUser(MobilityClient mobility, long accountId) throws OneNumberFault {
        ListMobilityUsers list = new ListMobilityUsers();
        list.setAccountId(accountId);
        return mobility.port().listMobilityUsers(list).getMobilityUser().get(0);
    }

    @Test
    void mobilityUsersLicensesAndPoolsChangeOnlyAtTheVersionTheClientRead() throws Exception {
        MobilityAccounts.Account account = MobilityAccounts.on(server).create("Versions", 1, 3, null);
        MobilityClient mobility = MobilityClient.acme(server.url());

        MobilityUser read = mobilityUser(mobility, account.accountId());
        ModifyMobilityUser modify = new ModifyMobilityUser();
        modify.setUserId(read.getUserId());
        modify.setVideo(!read.isVideo());
        modify.setExpectedVersion(read.getVersion() + 1);
        assertEquals("STALE_VERSION", fault(() -> mobility.port().modifyMobilityUser(modify)).getCode());
        assertEquals(read.isVideo(), mobilityUser(mobility, account.accountId()).isVideo(), "a stale modify changed nothing");
        modify.setExpectedVersion(read.getVersion());
        MobilityUser changed = mobility.port().modifyMobilityUser(modify).getMobilityUser();
        assertEquals(!read.isVideo(), changed.isVideo());
        assertTrue(changed.getVersion() > read.getVersion());
        GetMobilityUser get = new GetMobilityUser();
        get.setUserId(read.getUserId());
        MobilityUser got = mobility.port().getMobilityUser(get).getMobilityUser();
        assertEquals(changed.getVersion(), got.getVersion());
        assertEquals(changed.getDeviceIdentity(), got.getDeviceIdentity());
        get.setUserId(Long.MAX_VALUE);
        assertEquals("NOT_FOUND", fault(() -> mobility.port().getMobilityUser(get)).getCode());

        LicensePool pool = licenses(mobility, account.accountId()).getPool();
        SetLicenseQuantity quantity = new SetLicenseQuantity();
        quantity.setAccountId(account.accountId());
        quantity.setQuantity(5);
        quantity.setExpectedVersion(pool.getVersion() + 1);
        assertEquals("STALE_VERSION", fault(() -> mobility.port().setLicenseQuantity(quantity)).getCode());
        assertEquals(3, licenses(mobility, account.accountId()).getPool().getPurchased());
        quantity.setExpectedVersion(pool.getVersion());
        LicensePool bought = mobility.port().setLicenseQuantity(quantity).getPool();
        assertEquals(5, bought.getPurchased());
        assertTrue(bought.getVersion() > pool.getVersion());

        ClientLicense shared = licenses(mobility, account.accountId()).getLicense().stream()
                .filter(l -> l.getStatus() == LicenseStatus.SHARED).findFirst().orElseThrow();
        UnshareLicense unshare = new UnshareLicense();
        unshare.setAccountId(account.accountId());
        unshare.setDeviceIdentity(shared.getDeviceIdentity());
        unshare.setExpectedVersion(shared.getVersion() + 1);
        assertEquals("STALE_VERSION", fault(() -> mobility.port().unshareLicense(unshare)).getCode());
        GetLicense getLicense = new GetLicense();
        getLicense.setAccountId(account.accountId());
        getLicense.setDeviceIdentity(shared.getDeviceIdentity());
        ClientLicense one = mobility.port().getLicense(getLicense).getLicense();
        assertEquals(shared.getVersion(), one.getVersion());
        assertEquals(LicenseStatus.SHARED, one.getStatus());
        getLicense.setDeviceIdentity("no-such-device");
        assertEquals("NOT_FOUND", fault(() -> mobility.port().getLicense(getLicense)).getCode());
        assertEquals(LicenseStatus.SHARED, licenses(mobility, account.accountId()).getLicense().stream()
                .filter(l -> l.getDeviceIdentity().equals(shared.getDeviceIdentity())).findFirst().orElseThrow().getStatus());

        // Disable Mobility, as the other removals, goes only at the version read: the one before the modify is stale
        DisableMobilityUser disable = new DisableMobilityUser();
        disable.setUserId(read.getUserId());
        disable.setExpectedVersion(read.getVersion());
        assertEquals("STALE_VERSION", fault(() -> mobility.port().disableMobilityUser(disable)).getCode());
        get.setUserId(read.getUserId());
        assertEquals(changed.getVersion(), mobility.port().getMobilityUser(get).getMobilityUser().getVersion(),
                "a stale disable left the mobility user");
        assertEquals(LicenseStatus.SHARED, mobility.port().getLicense(getLicense(account.accountId(), shared)).getLicense()
                .getStatus(), "and its license");
        disable.setExpectedVersion(changed.getVersion());
        mobility.port().disableMobilityUser(disable);
        assertEquals("NOT_FOUND", fault(() -> mobility.port().getMobilityUser(get)).getCode());
        assertEquals(LicenseStatus.AVAILABLE, mobility.port().getLicense(getLicense(account.accountId(), shared)).getLicense()
                .getStatus());
    }

    private static GetLicense getLicense(long accountId, ClientLicense license) {
        GetLicense get = new GetLicense();
        get.setAccountId(accountId);
        get.setDeviceIdentity(license.getDeviceIdentity());
        return get;
    }

    @Test
    void routersChangeAndGoOnlyAtTheVersionTheClientRead() throws Exception {
        MobilityClient mobility = MobilityClient.acme(server.url());
        String name = "SMR-" + UUID.randomUUID().toString().substring(0, 8);
        org.onenumber.client.MobilityRouter router = new org.onenumber.client.MobilityRouter();
        router.setName(name);
        router.setClientStartAddress("smr.example.com");
        router.setRemoteServerAddress("10.0.0.1");
        AddMobilityRouter add = new AddMobilityRouter();
        add.setRouter(router);
        org.onenumber.client.MobilityRouter added = mobility.port().addMobilityRouter(add).getRouter();

        ModifyMobilityRouter modify = new ModifyMobilityRouter();
        modify.setName(name);
        router.setClientStartAddress("smr2.example.com");
        modify.setRouter(router);
        modify.setExpectedVersion(added.getVersion() + 1);
        assertEquals("STALE_VERSION", fault(() -> mobility.port().modifyMobilityRouter(modify)).getCode());
        modify.setExpectedVersion(added.getVersion());
        org.onenumber.client.MobilityRouter modified = mobility.port().modifyMobilityRouter(modify).getRouter();
        assertEquals("smr2.example.com", modified.getClientStartAddress());
        GetMobilityRouter getRouter = new GetMobilityRouter();
        getRouter.setName(name);
        org.onenumber.client.MobilityRouter read = mobility.port().getMobilityRouter(getRouter).getRouter();
        assertEquals(modified.getVersion(), read.getVersion());
        assertNotNull(added.getLastModified(), "a router says when it last changed, as the change feed does");
        assertEquals(modified.getLastModified(), read.getLastModified());
        assertTrue(!read.getLastModified().toGregorianCalendar().before(added.getLastModified().toGregorianCalendar()));

        DeleteMobilityRouter delete = new DeleteMobilityRouter();
        delete.setName(name);
        delete.setExpectedVersion(added.getVersion());
        assertEquals("STALE_VERSION", fault(() -> mobility.port().deleteMobilityRouter(delete)).getCode());
        assertTrue(names(mobility).contains(name), "a stale delete left the router");
        delete.setExpectedVersion(modified.getVersion());
        mobility.port().deleteMobilityRouter(delete);
        assertTrue(!names(mobility).contains(name));
        assertEquals("NOT_FOUND", fault(() -> mobility.port().getMobilityRouter(getRouter)).getCode());
    }

    private static List<String> names(MobilityClient mobility) throws OneNumberFault {
        return mobility.port().listMobilityRouters(new ListMobilityRouters()).getRouter().stream()
                .map(org.onenumber.client.MobilityRouter::getName).toList();
    }
}
