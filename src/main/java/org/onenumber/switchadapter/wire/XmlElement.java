package org.onenumber.switchadapter.wire;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A parsed message as a small tree: our documents are a few elements deep and at most a frame long, so
 * mapping from a tree reads far more plainly than a streaming state machine. Parsing refuses DTDs and
 * external entities, so a frame cannot make the reader fetch files or expand entity bombs.
 */
final class XmlElement {

    private static final XMLInputFactory INPUT = inputFactory();

    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<XmlElement> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    private String requestId;

    private XmlElement(String name) {
        this.name = name;
    }

    static XmlElement parse(byte[] xml) throws WireFormatException {
        XMLStreamReader reader = null;
        XmlElement root = null;
        try {
            reader = INPUT.createXMLStreamReader(new ByteArrayInputStream(xml));
            List<XmlElement> open = new ArrayList<>();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    XmlElement element = new XmlElement(reader.getLocalName());
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        element.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.get(open.size() - 1).children.add(element);
                    }
                    open.add(element);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.remove(open.size() - 1);
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && !open.isEmpty()) {
                    open.get(open.size() - 1).text.append(reader.getText());
                } else if (event == XMLStreamConstants.DTD) {
                    throw new WireFormatException("DTDs are not allowed in messages");
                }
            }
        } catch (XMLStreamException e) {
            String id = root == null ? null : root.attributes.get("id");
            throw new WireFormatException("Not well-formed XML: " + e.getMessage(), id, e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // Closing a reader over a byte array releases nothing that matters.
                }
            }
        }
        if (root == null) {
            throw new WireFormatException("Empty message");
        }
        root.requestId = root.attributes.get("id");
        return root;
    }

    private static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    WireFormatException invalid(String message) {
        return new WireFormatException("<" + name + ">: " + message, requestId, null);
    }

    void inherit(XmlElement root) {
        requestId = root.requestId;
    }

    String required(String attribute) throws WireFormatException {
        String value = attributes.get(attribute);
        if (value == null || value.isBlank()) {
            throw invalid("attribute '" + attribute + "' is required");
        }
        return value;
    }

    String optional(String attribute) {
        String value = attributes.get(attribute);
        return value == null || value.isEmpty() ? null : value;
    }

    long requiredLong(String attribute) throws WireFormatException {
        String value = required(attribute);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalid("attribute '" + attribute + "' must be a whole number, not '" + value + "'");
        }
    }

    int requiredInt(String attribute) throws WireFormatException {
        long value = requiredLong(attribute);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw invalid("attribute '" + attribute + "' is out of range");
        }
        return (int) value;
    }

    int optionalInt(String attribute, int otherwise) throws WireFormatException {
        return optional(attribute) == null ? otherwise : requiredInt(attribute);
    }

    boolean bool(String attribute) throws WireFormatException {
        String value = optional(attribute);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw invalid("attribute '" + attribute + "' must be true or false, not '" + value + "'");
    }

    <E extends Enum<E>> E requiredEnum(String attribute, Class<E> type) throws WireFormatException {
        return toEnum(attribute, required(attribute), type);
    }

    <E extends Enum<E>> E optionalEnum(String attribute, Class<E> type) throws WireFormatException {
        String value = optional(attribute);
        return value == null ? null : toEnum(attribute, value, type);
    }

    <E extends Enum<E>> E toEnum(String attribute, String value, Class<E> type) throws WireFormatException {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw invalid("attribute '" + attribute + "' has unknown value '" + value + "'");
        }
    }

    List<XmlElement> children(String childName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                child.inherit(this);
                found.add(child);
            }
        }
        return found;
    }

    XmlElement child(String childName) {
        List<XmlElement> found = children(childName);
        return found.isEmpty() ? null : found.get(0);
    }

    String text() {
        return text.toString().trim();
    }
}
