package org.onenumber.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TenancyTest {

    @Test
    void aCarrierWideCallerSeesEveryAccountOfItsCarrierOnly() {
        assertTrue(Tenancy.mayAccess(null, 1, 10, 1));
        assertFalse(Tenancy.mayAccess(null, 1, 20, 2), "another carrier's account");
        assertFalse(Tenancy.mayAccess(null, 1, 30, -1), "no such account");
    }

    @Test
    void aCustomerAdminSeesOnlyTheirOwnAccount() {
        assertTrue(Tenancy.mayAccess(10L, 1, 10, 1));
        assertFalse(Tenancy.mayAccess(10L, 1, 11, 1), "a sibling account of the same carrier");
    }
}
