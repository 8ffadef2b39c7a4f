package org.onenumber.testsupport;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.onenumber.client.OneNumberFault;
import org.onenumber.client.OneNumberFaultDetail;

/** The typed fault a SOAP call must end in. */
public final class SoapFaults {

    private SoapFaults() {
    }

    public interface Call {
        void run() throws Exception;
    }

    public static OneNumberFaultDetail fault(Call call) {
        OneNumberFault fault = assertThrows(OneNumberFault.class, call::run);
        assertNotNull(fault.getFaultInfo(), "typed fault detail");
        return fault.getFaultInfo();
    }
}
