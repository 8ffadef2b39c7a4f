package org.onenumber.platform.soap;

import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import javax.xml.namespace.QName;
import org.w3c.dom.Node;

/**
 * Reads the RequestHeader (idempotency key, tracking id) into the message context for the endpoint,
 * and writes the ResponseHeader (tracking id echoed, whether the response is a replay) on every
 * response and fault. Headers are declared understood here, so mustUnderstand="1" is honoured.
 */
public class SoapHeaders implements SOAPHandler<SOAPMessageContext> {

    public static final String NS = "urn:onenumber:provisioning:v1";
    static final QName REQUEST_HEADER = new QName(NS, "RequestHeader");
    static final QName RESPONSE_HEADER = new QName(NS, "ResponseHeader");

    /** Message context properties shared with {@link SoapCall}. */
    public static final String IDEMPOTENCY_KEY = "onenumber.idempotencyKey";
    public static final String TRACKING_ID = "onenumber.trackingId";
    public static final String REPLAYED = "onenumber.replayed";

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            writeResponseHeader(context);
        } else {
            readRequestHeader(context);
        }
        return true;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        writeResponseHeader(context);
        return true;
    }

    private static void readRequestHeader(SOAPMessageContext context) {
        String key = null;
        String tracking = null;
        try {
            SOAPHeader header = context.getMessage().getSOAPHeader();
            if (header != null) {
                Iterator<?> found = header.getChildElements(REQUEST_HEADER);
                if (found.hasNext() && found.next() instanceof SOAPElement element) {
                    key = child(element, "idempotencyKey");
                    tracking = child(element, "trackingId");
                }
            }
        } catch (SOAPException e) {
            throw new IllegalStateException("Unreadable SOAP header", e);
        }
        put(context, IDEMPOTENCY_KEY, key);
        put(context, TRACKING_ID, tracking == null ? UUID.randomUUID().toString() : tracking);
    }

    private static void writeResponseHeader(SOAPMessageContext context) {
        try {
            SOAPMessage message = context.getMessage();
            SOAPHeader header = message.getSOAPHeader() != null ? message.getSOAPHeader() : message.getSOAPPart().getEnvelope().addHeader();
            SOAPElement response = header.addChildElement(RESPONSE_HEADER);
            Object tracking = context.get(TRACKING_ID);
            response.addChildElement("trackingId", "", NS).addTextNode(tracking == null ? "" : tracking.toString());
            response.addChildElement("replayed", "", NS).addTextNode(String.valueOf(Boolean.TRUE.equals(context.get(REPLAYED))));
            message.saveChanges();
        } catch (SOAPException e) {
            throw new IllegalStateException("Could not write the SOAP response header", e);
        }
    }

    private static String child(SOAPElement parent, String name) {
        Iterator<?> children = parent.getChildElements(new QName(NS, name));
        if (children.hasNext() && children.next() instanceof Node node) {
            String text = node.getTextContent();
            return text == null ? null : text.trim();
        }
        return null;
    }

    private static void put(SOAPMessageContext context, String name, Object value) {
        context.put(name, value);
        context.setScope(name, MessageContext.Scope.APPLICATION);
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of(REQUEST_HEADER);
    }

    @Override
    public void close(MessageContext context) {
    }
}
