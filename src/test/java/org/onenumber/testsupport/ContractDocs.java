package org.onenumber.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The operations of wsdl/onenumber.wsdl with their wsdl:documentation, read as an integrator reads them: each
 * operation's text ends with "Faults: CODE (when), CODE, ...". Shared by the contract's unit test and the test of
 * the API reference page, so both read the fault codes the same way.
 */
public final class ContractDocs {

    public static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";
    public static final Path WSDL = Path.of("wsdl", "onenumber.wsdl");
    public static final Path XSD = Path.of("wsdl", "onenumber.xsd");

    /** One operation of one port, its documentation (blank when it has none). */
    public record Operation(String port, String name, String documentation) {

        public String id() {
            return port + "-" + name;
        }

        /** The part after "Faults:", or null when the documentation has none. */
        public String faultPart() {
            int at = documentation.indexOf("Faults:");
            return at < 0 ? null : documentation.substring(at + "Faults:".length()).trim();
        }

        /** The codes the documentation names: each item's first word when it is written as a code. */
        public List<String> faultCodes() {
            List<String> codes = new ArrayList<>();
            String part = faultPart();
            if (part == null) {
                return codes;
            }
            for (String item : items(part)) {
                String first = item.split(" ", 2)[0];
                if (first.matches("[A-Z][A-Z0-9_]*")) {
                    codes.add(first);
                }
            }
            return codes;
        }
    }

    private ContractDocs() {
    }

    /** Every operation of every portType, in the order of the WSDL. */
    public static List<Operation> operations() {
        Document wsdl = parse(WSDL);
        List<Operation> operations = new ArrayList<>();
        NodeList ports = wsdl.getDocumentElement().getElementsByTagNameNS(WSDL_NS, "portType");
        for (int p = 0; p < ports.getLength(); p++) {
            Element port = (Element) ports.item(p);
            for (Element operation : children(port, "operation")) {
                List<Element> docs = children(operation, "documentation");
                String text = docs.isEmpty() ? "" : docs.get(0).getTextContent().replaceAll("\\s+", " ").trim();
                operations.add(new Operation(port.getAttribute("name"), operation.getAttribute("name"), text));
            }
        }
        return operations;
    }

    /** The fault codes the schema's documentation of OneNumberFaultDetail lists (its dt elements), with their meaning. */
    public static Map<String, String> schemaFaultCodes() {
        Document xsd = parse(XSD);
        Map<String, String> codes = new LinkedHashMap<>();
        NodeList terms = xsd.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "dt");
        for (int i = 0; i < terms.getLength(); i++) {
            Element term = (Element) terms.item(i);
            Element definition = next(term);
            codes.put(term.getTextContent().trim(), definition == null ? "" : definition.getTextContent().trim());
        }
        return codes;
    }

    /** "A (x, y), B, C." into "A (x, y)", "B", "C": commas inside parentheses do not split. */
    static List<String> items(String part) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        int depth = 0;
        for (char c : part.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                items.add(item.toString().trim());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        String last = item.toString().trim();
        if (last.endsWith(".")) {
            last = last.substring(0, last.length() - 1);
        }
        if (!last.isEmpty()) {
            items.add(last);
        }
        return items;
    }

    public static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && WSDL_NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element next(Element element) {
        for (var node = element.getNextSibling(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e) {
                return e;
            }
        }
        return null;
    }
}
