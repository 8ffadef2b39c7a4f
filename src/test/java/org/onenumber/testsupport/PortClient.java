package org.onenumber.testsupport;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.ws.BindingProvider;
import java.net.URL;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.cxf.headers.Header;
import org.apache.cxf.jaxb.JAXBDataBinding;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.onenumber.client.RequestHeader;

/**
 * A SOAP client of one port (CXF), signed in as a carrier's API login or a customer admin; one per thread. The port
 * is the contract's generated interface, at {@code ws/<path>} of the application.
 */
public class PortClient<P> {

    private final P port;

    protected PortClient(Class<P> type, URL base, String path, String username, String password) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(type);
        factory.setAddress(base.toString().replaceFirst("/?$", "/") + "ws/" + path);
        factory.setUsername(username);
        factory.setPassword(password);
        port = ProvisioningClient.configured(factory.create(type));
    }

    public P port() {
        ((BindingProvider) port).getRequestContext().remove(Header.HEADER_LIST);
        return port;
    }

    /** The port for the next call, with this idempotency key and tracking id in the request header. */
    public P with(String idempotencyKey, String trackingId) {
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
