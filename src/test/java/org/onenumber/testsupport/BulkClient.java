package org.onenumber.testsupport;

import java.net.URL;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.onenumber.client.BulkPort;

/** A SOAP client of the batch documents' port (CXF), signed in as a carrier's API login; one per thread. */
public final class BulkClient extends PortClient<BulkPort> {

    /** A document of 100 commands does the work of 100 calls: its answer may take longer than one call's 30 s. */
    public static final int DOCUMENT_TIMEOUT_MS = 180_000;

    public BulkClient(URL base, String username, String password) {
        super(BulkPort.class, base, "bulk", username, password);
        HTTPClientPolicy policy = ((HTTPConduit) ClientProxy.getClient(port()).getConduit()).getClient();
        policy.setReceiveTimeout(DOCUMENT_TIMEOUT_MS);
    }

    public static BulkClient acme(URL base) {
        return new BulkClient(base, "acme-api", "acme-api-secret1");
    }

    public static BulkClient northwind(URL base) {
        return new BulkClient(base, "northwind-api", "northwind-secret1");
    }
}
