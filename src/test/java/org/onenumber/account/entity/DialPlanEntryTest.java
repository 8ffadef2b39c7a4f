package org.onenumber.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.onenumber.platform.control.InvalidInputException;

/** The dial plan's rule: one format for every extension, and a refusal that names who holds it. */
class DialPlanEntryTest {

    @Test
    void anExtensionIsTwoToEightDigitsTrimmed() {
        assertEquals("1001", Extension.require(" 1001 ", "extension"));
        assertEquals("12345678", Extension.require("12345678", "extension"));
        for (String bad : new String[] {null, "", "1", "123456789", "10a1", "１００１", "10 01", "-101"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> Extension.require(bad, "mobilityExtension"), String.valueOf(bad));
            assertEquals("mobilityExtension", refused.field());
        }
    }

    @Test
    void aRefusalNamesThePersonAndWhatOfTheirsHoldsTheExtension() {
        DialPlanEntry station = new DialPlanEntry(null, "1001", "STATION", 7, 3L, "station");
        assertEquals("Extension 1001 is already used by Ann Lee's station.", station.usedBy("Ann Lee"));
        DialPlanEntry mobility = new DialPlanEntry(null, "2001", "MOBILITY_USER", 3, 3L, "mobility extension");
        assertEquals("Extension 2001 is already used by Ann Lee's mobility extension.", mobility.usedBy("Ann Lee"));
        DialPlanEntry portal = new DialPlanEntry(null, "3001", "PORTAL", 9, null, "portal Main Office");
        assertEquals("Extension 3001 is already used by portal Main Office.", portal.usedBy(null));
    }

    @Test
    void aHolderMayKeepItsOwnExtensionButNoOtherHolderMayTakeIt() {
        DialPlanEntry station = new DialPlanEntry(null, "1001", "STATION", 7, 3L, "station");
        assertTrue(station.heldBy("STATION", 7));
        assertFalse(station.heldBy("STATION", 8));
        assertFalse(station.heldBy("MOBILITY_USER", 7), "the same id of another kind is another holder");
    }
}
