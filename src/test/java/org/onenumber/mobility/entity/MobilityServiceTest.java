package org.onenumber.mobility.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.AccountDetails;
import org.onenumber.account.entity.Carrier;
import org.onenumber.platform.control.BusinessException;

class MobilityServiceTest {

    private final Carrier carrier = new Carrier("Acme");
    private final MobilityService service = new MobilityService(new Account(carrier, new AccountDetails("Globex", null)));
    private final MobilityRouter smr1 = new MobilityRouter(carrier, new RouterDetails("SMR1", "clientstart.example",
            "smr1.example", null));

    private static MobilitySettings group(String name) {
        return new MobilitySettings(null, name, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void activationIsRequestedByTheCustomerAndCompletedBySupport() {
        assertEquals(MobilityStatus.NOT_ACTIVATED, service.getStatus());
        service.requestActivation("dm");
        assertEquals(MobilityStatus.PENDING_ACTIVATION, service.getStatus());
        assertTrue(service.getStatus().allowsUsers(), "users may be added while activation is pending");
        service.apply(group("Globex mobility"), smr1, null);
        service.completeActivation("support");
        assertEquals(MobilityStatus.ACTIVE, service.getStatus());
        assertEquals("support", service.getActivatedBy());
        service.suspend();
        assertFalse(service.getStatus().allowsUsers());
        service.resume();
        assertEquals(MobilityStatus.ACTIVE, service.getStatus());
    }

    @Test
    void activationCannotCompleteWithoutARouterAndGroup() {
        service.requestActivation("dm");
        BusinessException noRouter = assertThrows(BusinessException.class, () -> service.completeActivation("support"));
        assertEquals("mobilityRouter", noRouter.field());
        service.apply(group(null), smr1, null);
        assertEquals("groupName", assertThrows(BusinessException.class, () -> service.completeActivation("support")).field());
        assertEquals(MobilityStatus.PENDING_ACTIVATION, service.getStatus());
    }

    @Test
    void statusChangesOutOfOrderAreRefused() {
        assertEquals(MobilityError.INVALID_STATUS_CHANGE, assertThrows(BusinessException.class, service::suspend).code());
        assertEquals(MobilityError.MOBILITY_NOT_ACTIVE, assertThrows(BusinessException.class, service::requireUsersAllowed).code());
        service.requestActivation("dm");
        assertEquals(MobilityError.INVALID_STATUS_CHANGE,
                assertThrows(BusinessException.class, () -> service.requestActivation("dm")).code());
    }

    @Test
    void onlyChangesToWhatClientsAreProvisionedWithCount() {
        assertTrue(service.apply(group("A"), smr1, null));
        assertFalse(service.apply(group("A"), null, null), "the same value again");
        var defaults = new MobilitySettings(null, null, null, null, null, null, null, true, true, false, "Hi", null);
        assertFalse(service.apply(defaults, null, null), "notification flag and defaults are not provisioned");
        assertTrue(service.isDefaultVideo());
        assertFalse(service.isWelcomeEmailEnabled());
    }

    @Test
    void supportFieldsAreNamedInContractOrder() {
        var settings = new MobilitySettings("SMR2", "G", null, null, null, "6465697333", 2, true, null, null, null, null);
        assertEquals(List.of("mobilityRouter", "groupName", "handoverNumber", "maxClientsPerUser"), settings.supportFields());
        assertTrue(group(null).supportFields().isEmpty());
    }

    @Test
    void aUserMayHoldClientsUpToTheAccountsClientsPerUser() {
        service.requireRoomForClient("Ann Lee", 0);
        BusinessException refused = assertThrows(BusinessException.class, () -> service.requireRoomForClient("Ann Lee", 1));
        assertEquals(MobilityError.CLIENT_LIMIT_REACHED, refused.code());
        assertEquals("Ann Lee already has 1 mobile client; this account allows 1 per user.", refused.getMessage());
    }

    @Test
    void onlyTheCarrierSideMayChangeSupportOnlySettings() {
        MobilitySettings groupName = group("Globex mobility");
        groupName.requireChangeableBy(true);
        BusinessException refused = assertThrows(BusinessException.class, () -> groupName.requireChangeableBy(false));
        assertEquals(MobilityError.NOT_SUPPORT_FIELD, refused.code());
        assertEquals("groupName", refused.field());
        new MobilitySettings(null, null, null, null, null, null, null, true, null, null, null, null).requireChangeableBy(false);
    }
}
