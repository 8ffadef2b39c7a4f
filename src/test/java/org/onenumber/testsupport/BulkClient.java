package org.onenumber.testsupport;

import java.net.URL;
import org.onenumber.client.BulkPort;

/** A SOAP client of the batch documents' port (CXF), signed in as a carrier's API login; one per thread. */
public final class BulkClient extends PortClient<BulkPort> {

    public BulkClient(URL base, String username, String password) {
        super(BulkPort.class, base, "bulk", username, password);
    }

    public static BulkClient acme(URL base) {
        return new BulkClient(base, "acme-api", "acme-api-secret1");
    }

    public static BulkClient northwind(URL base) {
        return new BulkClient(base, "northwind-api", "northwind-secret1");
    }
}
