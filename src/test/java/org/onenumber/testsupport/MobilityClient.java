package org.onenumber.testsupport;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.ws.BindingProvider;
import java.net.URL;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.cxf.headers.Header;
import org.apache.cxf.jaxb.JAXBDataBinding;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.onenumber.client.MobilityPort;
import org.onenumber.client.RequestHeader;

/** A SOAP client of the Mobility port (CXF), signed in as a carrier's API login or a customer admin; one per thread. */
public final class MobilityClient {

    private final MobilityPort port;

    public MobilityClient(URL base, String username, String password) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(MobilityPort.class);
        factory.setAddress(base.toString().replaceFirst("/?$", "/") + "ws/mobility");
        factory.setUsername(username);
        factory.setPassword(password);
        port = ProvisioningClient.configured(factory.create(MobilityPort.class));
    }

    public static MobilityClient acme(URL base) {
        return new MobilityClient(base, "acme-api", "acme-api-secret1");
    }

    public MobilityPort port() {
        ((BindingProvider) port).getRequestContext().remove(Header.HEADER_LIST);
        return port;
    }

    /** The port for the next call, with this idempotency key and tracking id in the request header. */
    public MobilityPort with(String idempotencyKey, String trackingId) {
        RequestHeader header = new RequestHeader();
        header.setIdempotencyKey(idempotencyKey);
        header.setTrackingId(trackingId);
        try {
            ((BindingProvider) port).getRequestContext().put(Header.HEADER_LIST, List.of(new Header(
                    new QName(ProvisioningClient.NS, "RequestHeader"), header, new JAXBDataBinding(RequestHeader.class))));
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
        return port;
    }
}
