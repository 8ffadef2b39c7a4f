package org.onenumber.testsupport;

import java.net.URL;
import org.onenumber.client.MobilityPort;

/** A SOAP client of the Mobility port (CXF), signed in as a carrier's API login or a customer admin; one per thread. */
public final class MobilityClient extends PortClient<MobilityPort> {

    public MobilityClient(URL base, String username, String password) {
        super(MobilityPort.class, base, "mobility", username, password);
    }

    public static MobilityClient acme(URL base) {
        return new MobilityClient(base, "acme-api", "acme-api-secret1");
    }
}
