package org.onenumber.testsupport;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.ws.BindingProvider;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.headers.Header;
import org.apache.cxf.jaxb.JAXBDataBinding;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.onenumber.client.ListAccounts;
import org.onenumber.client.OneNumberFault;
import org.onenumber.client.ProvisioningPort;
import org.onenumber.client.RequestHeader;
import org.onenumber.client.ResponseHeader;

/**
 * A carrier's SOAP client on an independent stack: Apache CXF, generated from wsdl/ in the test build.
 * Sets the request header (idempotency key, tracking id) and reads the response header back. Not for
 * concurrent use: each thread makes its own.
 */
public final class ProvisioningClient {

    public static final int CONNECT_TIMEOUT_MS = 5_000;
    public static final int CALL_TIMEOUT_MS = 30_000;
    static final String NS = "urn:onenumber:provisioning:v1";

    private final ProvisioningPort port;

    public ProvisioningClient(URL base, String username, String password) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(ProvisioningPort.class);
        factory.setAddress(base.toString().replaceFirst("/?$", "/") + "ws/provisioning");
        factory.setUsername(username);
        factory.setPassword(password);
        port = configured(factory.create(ProvisioningPort.class));
    }

    /** Every call bounded in time, over plain HTTP/1.1 keep-alive as carriers' SOAP stacks do (no h2c upgrade). */
    static <T> T configured(T port) {
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        policy.setReceiveTimeout(CALL_TIMEOUT_MS);
        policy.setVersion("1.1");
        // one write with a Content-Length: a chunked body in several small writes meets Nagle and
        // delayed ACKs on the way and costs a fixed stall per call that is no part of the server's cost
        policy.setAllowChunking(false);
        ((HTTPConduit) ClientProxy.getClient(port).getConduit()).setClient(policy);
        return port;
    }

    public static ProvisioningClient acme(URL base) {
        return new ProvisioningClient(base, "acme-api", "acme-api-secret1");
    }

    public static ProvisioningClient northwind(URL base) {
        return new ProvisioningClient(base, "northwind-api", "northwind-secret1");
    }

    /**
     * The id of the carrier's account with exactly this name, such as the demo data's "Globex Corporation"
     * (other tests add accounts whose names may contain it).
     */
    public long accountNamed(String name) throws OneNumberFault {
        ListAccounts list = new ListAccounts();
        list.setNameContains(name);
        return port().listAccounts(list).getAccount().stream().filter(a -> a.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no account named " + name)).getAccountId();
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
