package org.onenumber.testsupport;

import java.net.URL;
import org.onenumber.client.OfficeAnywherePort;

/** A SOAP client of the Office Anywhere port (CXF), signed in as a carrier's API login or a customer admin; one per thread. */
public final class AnywhereClient extends PortClient<OfficeAnywherePort> {

    public AnywhereClient(URL base, String username, String password) {
        super(OfficeAnywherePort.class, base, "anywhere", username, password);
    }

    public static AnywhereClient acme(URL base) {
        return new AnywhereClient(base, "acme-api", "acme-api-secret1");
    }
}
