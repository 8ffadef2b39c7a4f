package org.onenumber.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The element a schema violation is about, from the parser's messages as Xerces words them. */
class ContractViolationsTest {

    @Test
    void aMissingElementIsTheOneExpected() {
        var v = ContractViolations.of("cvc-complex-type.2.4.b: The content of element 'on:SetLicenseQuantity' is not complete."
                + " One of '{\"urn:onenumber:provisioning:v1\":quantity}' is expected.");
        assertEquals("quantity", v.element());
        assertEquals("The content of element 'on:SetLicenseQuantity' is not complete. One of"
                + " '{\"urn:onenumber:provisioning:v1\":quantity}' is expected.", v.expected());
    }

    @Test
    void anUnknownElementIsNamedWithoutItsNamespace() {
        assertEquals("lastname", ContractViolations.of("cvc-complex-type.2.4.a: Invalid content was found starting with"
                + " element '{\"urn:onenumber:provisioning:v1\":lastname}'. One of '{...}' is expected.").element());
    }

    @Test
    void aMistypedValueIsNamedByTheSecondMessage() {
        assertNull(ContractViolations.of("cvc-datatype-valid.1.2.1: 'five' is not a valid value for 'integer'.").element());
        assertEquals("quantity", ContractViolations.of("cvc-type.3.1.3: The value 'five' of element 'on:quantity' is not valid.")
                .element());
    }
}
