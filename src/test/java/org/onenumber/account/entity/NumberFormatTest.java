package org.onenumber.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onenumber.platform.control.InvalidInputException;

class NumberFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"4085550100", "(408) 555-0100", "408-555-0100", "408.555.0100", "1 408 555 0100", "+1 408 555 0100", "+14085550100"})
    void acceptsNorthAmericanNumbersInUsualPunctuation(String input) {
        assertEquals("+14085550100", NumberFormat.toE164(input, "businessNumber"));
    }

    @Test
    void keepsInternationalNumbersInE164() {
        assertEquals("+442079460000", NumberFormat.toE164("+44 20 7946 0000", "number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"555-12", "0085550100", "(108) 555-0100", "(408) 155-0100", "+0 123456789", "phone", "+1234", "24085550100"})
    void refusesWhatIsNoNumberAndNamesTheField(String input) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NumberFormat.toE164(input, "businessNumber"));
        assertEquals(AccountError.INVALID_NUMBER, e.code());
        assertEquals("businessNumber", e.field());
    }

    @Test
    void displaysNorthAmericanNumbersTheUsualWay() {
        assertEquals("(408) 555-0100", NumberFormat.display("+14085550100"));
        assertEquals("+442079460000", NumberFormat.display("+442079460000"));
    }
}
