package org.onenumber.license.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.AccountDetails;
import org.onenumber.account.entity.Carrier;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.CommonError;

class LicensePoolTest {

    private final LicensePool pool = new LicensePool(new Account(new Carrier("Acme"), new AccountDetails("Globex", null)),
            LicenseProduct.MOBILE_CLIENT);

    @Test
    void theAvailableLicensesAreThePurchasedLessTheSharedOnesCounted() {
        pool.changePurchased(3);
        pool.counted(2);
        assertEquals(2, pool.getShared());
        assertEquals(1, pool.getAvailable());
    }

    @Test
    void theQuantityCannotFallBelowTheSharedCount() {
        pool.changePurchased(3);
        pool.counted(2);
        BusinessException refused = assertThrows(BusinessException.class, () -> pool.changePurchased(1));
        assertEquals(LicenseError.QUANTITY_BELOW_SHARED, refused.code());
        assertEquals("quantity", refused.field());
        assertEquals(3, pool.getPurchased());
        pool.changePurchased(2);
        assertEquals(0, pool.getAvailable());
    }

    @Test
    void aNegativeQuantityIsRefused() {
        assertEquals(CommonError.INVALID_FIELD, assertThrows(BusinessException.class, () -> pool.changePurchased(-1)).code());
    }

    @Test
    void addingUsersBuysOnlyWhatTheAvailableLicensesDoNotCover() {
        pool.changePurchased(3);
        pool.counted(1);
        assertEquals(0, pool.shortfall(2), "two available for two users");
        assertEquals(3, pool.shortfall(5));
    }
}
