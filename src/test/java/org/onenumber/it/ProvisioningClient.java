package org.onenumber.it;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.ws.BindingProvider;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.cxf.headers.Header;
import org.apache.cxf.jaxb.JAXBDataBinding;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.onenumber.client.ProvisioningPort;
import org.onenumber.client.RequestHeader;
import org.onenumber.client.ResponseHeader;

/**
 * A carrier's SOAP client on an independent stack: Apache CXF, generated from wsdl/ in the test build.
 * Sets the request header (idempotency key, tracking id) and reads the response header back.
 */
public final class ProvisioningClient {

    static final String NS = "urn:onenumber:provisioning:v1";

    private final ProvisioningPort port;

    public ProvisioningClient(URL base, String username, String password) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(ProvisioningPort.class);
        factory.setAddress(base.toString().replaceFirst("/?$", "/") + "ws/provisioning");
        factory.setUsername(username);
        factory.setPassword(password);
        port = factory.create(ProvisioningPort.class);
    }

    public static ProvisioningClient acme(URL base) {
        return new ProvisioningClient(base, "acme-api", "acme-api-secret1");
    }

    public static ProvisioningClient northwind(URL base) {
        return new ProvisioningClient(base, "northwind-api", "northwind-secret1");
    }

    /** The port for the next call, carrying this idempotency key and tracking id (either may be null). */
    public ProvisioningPort with(String idempotencyKey, String trackingId) {
        RequestHeader header = new RequestHeader();
        header.setIdempotencyKey(idempotencyKey);
        header.setTrackingId(trackingId);
        try {
            List<Header> headers = new ArrayList<>();
            headers.add(new Header(new QName(NS, "RequestHeader"), header, new JAXBDataBinding(RequestHeader.class)));
            ((BindingProvider) port).getRequestContext().put(Header.HEADER_LIST, headers);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
        return port;
    }

    public ProvisioningPort port() {
        ((BindingProvider) port).getRequestContext().remove(Header.HEADER_LIST);
        return port;
    }

    /** The ResponseHeader of the last call. */
    public ResponseHeader lastResponseHeader() {
        @SuppressWarnings("unchecked")
        List<Header> headers = (List<Header>) ((BindingProvider) port).getResponseContext().get(Header.HEADER_LIST);
        if (headers == null) {
            return null;
        }
        for (Header h : headers) {
            if (h.getName().equals(new QName(NS, "ResponseHeader"))) {
                try {
                    Object object = h.getObject();
                    if (object instanceof ResponseHeader header) {
                        return header;
                    }
                    return JAXBDataBinding.class.cast(new JAXBDataBinding(ResponseHeader.class)).getContext()
                            .createUnmarshaller().unmarshal((org.w3c.dom.Node) object, ResponseHeader.class).getValue();
                } catch (JAXBException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
