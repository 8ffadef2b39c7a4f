package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.onenumber.switchadapter.wire.RateClass;

class PortalRulesTest {

    @Test
    void ratesByTheDestinationsCountryAndAreaCode() {
        assertEquals(RateClass.LOCAL, PortalRules.rate("+15615550900", "+15619990000"));
        assertEquals(RateClass.LONG_DISTANCE, PortalRules.rate("+15615550900", "+15625550000"));
        assertEquals(RateClass.INTERNATIONAL, PortalRules.rate("+15615550900", "+442079460000"));
        assertEquals(RateClass.LONG_DISTANCE, PortalRules.rate("+442079460000", "+15615550900"),
                "a portal outside North America has no area code a +1 number can share");
        assertTrue(RateClass.LONG_DISTANCE.isToll() && RateClass.INTERNATIONAL.isToll());
        assertFalse(RateClass.LOCAL.isToll());
    }

    @Test
    void dialsE164NumbersOnly() {
        assertTrue(PortalRules.isDialable("+15615550900"));
        assertTrue(PortalRules.isDialable("+442079460000"));
        assertFalse(PortalRules.isDialable("5615550900"));
        assertFalse(PortalRules.isDialable("+1561555090"));
        assertFalse(PortalRules.isDialable("+0123456789"));
        assertFalse(PortalRules.isDialable("+1561555090x"));
    }
}
