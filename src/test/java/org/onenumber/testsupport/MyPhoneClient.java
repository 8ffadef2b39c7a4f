package org.onenumber.testsupport;

import java.net.URL;
import org.onenumber.client.MyPhonePort;

/** A SOAP client of the My Phone port (CXF), signed in as a carrier's API login or a customer admin; one per thread. */
public final class MyPhoneClient extends PortClient<MyPhonePort> {

    public MyPhoneClient(URL base, String username, String password) {
        super(MyPhonePort.class, base, "myphone", username, password);
    }

    public static MyPhoneClient acme(URL base) {
        return new MyPhoneClient(base, "acme-api", "acme-api-secret1");
    }
}
