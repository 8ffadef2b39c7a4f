package org.onenumber.myphone.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2580", "40721", "19283746", "0099"})
    void aPinOfFourToEightDigitsThatIsHardToGuessIsAccepted(String pin) {
        assertNull(PinRules.problem(pin, "3301", "+14085550100"));
    }

    @Test
    void eachRuleSaysWhatIsWrong() {
        assertTrue(PinRules.problem(null, null, null).startsWith("Give a PIN"));
        assertEquals("A PIN has digits only.", PinRules.problem("12a4", null, null));
        assertEquals("A PIN has 4 to 8 digits.", PinRules.problem("258", null, null));
        assertEquals("A PIN has 4 to 8 digits.", PinRules.problem("258025802", null, null));
        assertTrue(PinRules.problem("7777", null, null).contains("repeat one digit"));
        assertTrue(PinRules.problem("3456", null, null).contains("run of digits"));
        assertTrue(PinRules.problem("87654321", null, null).contains("run of digits"));
        assertTrue(PinRules.problem("3301", "3301", null).contains("extension"));
        assertTrue(PinRules.problem("0100", "3301", "+14085550100").contains("your phone number"));
    }
}
