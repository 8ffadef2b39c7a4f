package org.onenumber.testsupport;

import java.net.URL;
import org.onenumber.client.BatchPort;

/** A SOAP client of the batch jobs' port (CXF), signed in as a carrier's API login or a customer admin; one per thread. */
public final class BatchClient extends PortClient<BatchPort> {

    public BatchClient(URL base, String username, String password) {
        super(BatchPort.class, base, "batch", username, password);
    }

    public static BatchClient acme(URL base) {
        return new BatchClient(base, "acme-api", "acme-api-secret1");
    }

    public static BatchClient northwind(URL base) {
        return new BatchClient(base, "northwind-api", "northwind-secret1");
    }
}
