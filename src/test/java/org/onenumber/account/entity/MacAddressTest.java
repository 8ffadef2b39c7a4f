package org.onenumber.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onenumber.platform.control.InvalidInputException;

class MacAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"00:10:49:1a:2b:3c", "00-10-49-1A-2B-3C", "0010491A2B3C", "0010.491a.2b3c"})
    void normalisesToColonSeparatedUpperCase(String input) {
        assertEquals("00:10:49:1A:2B:3C", MacAddress.normalise(input, "mac"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00:10:49:1A:2B", "00:10:49:1A:2B:3G", "00:10:49:1A:2B:3C:4D"})
    void refusesAnythingElse(String input) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MacAddress.normalise(input, "deskPhone.macAddress"));
        assertEquals(AccountError.INVALID_MAC, e.code());
        assertEquals("deskPhone.macAddress", e.field());
    }
}
