package org.onenumber.testsupport;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The contract, one WSDL per port (the files wsdl/contract.xml lists) over the shared wsdl/onenumber.xsd. Its
 * operations with their wsdl:documentation, read as an integrator reads them: each operation's text ends with
 * "Faults: CODE (when), CODE, ...". Shared by the contract's unit test and the test of the API reference page, so
 * both read the fault codes the same way; and what one port's WSDL holds, for the files and for the WSDLs the
 * server publishes.
 */
public final class ContractDocs {

    public static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";
    public static final Path CONTRACT = Path.of("wsdl", "contract.xml");
    public static final Path XSD = Path.of("wsdl", "onenumber.xsd");

    /**
     * Each port's WSDL by the last step of its endpoint's path (/ws/bulk, wsdl/bulk.wsdl), with the name its
     * portType, binding and service start with (BulkPort, BulkBinding, BulkService), in the contract's order.
     */
    public static final Map<String, String> PORTS = ports();

    private static Map<String, String> ports() {
        Map<String, String> ports = new LinkedHashMap<>();
        ports.put("provisioning", "Provisioning");
        ports.put("mobility", "Mobility");
        ports.put("anywhere", "OfficeAnywhere");
        ports.put("myphone", "MyPhone");
        ports.put("batch", "Batch");
        ports.put("bulk", "Bulk");
        return ports;
    }

    /**
     * What one WSDL defines and what it refers to: names of its portTypes, bindings and services, the messages it
     * defines and those its portTypes and bindings name (input, output, fault, soap:header), and the schemaLocation of
     * each xs:import in its types.
     */
    public record Definitions(List<String> portTypes, List<String> bindings, List<String> services,
            Set<String> messagesDefined, Set<String> messagesReferenced, List<String> schemaLocations) {

        public static Definitions of(Document wsdl) {
            Element root = wsdl.getDocumentElement();
            Set<String> defined = new LinkedHashSet<>(names(children(root, "message")));
            Set<String> referenced = new LinkedHashSet<>();
            NodeList all = root.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                String message = ((Element) all.item(i)).getAttribute("message");
                if (!message.isEmpty()) {
                    referenced.add(message.substring(message.indexOf(':') + 1));
                }
            }
            List<String> locations = new ArrayList<>();
            NodeList imports = root.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "import");
            for (int i = 0; i < imports.getLength(); i++) {
                locations.add(((Element) imports.item(i)).getAttribute("schemaLocation"));
            }
            return new Definitions(names(children(root, "portType")), names(children(root, "binding")),
                    names(children(root, "service")), defined, referenced, locations);
        }

        /**
         * What keeps this from being the WSDL of the one port whose names start with the given one ("Bulk":
         * BulkPort, BulkBinding, BulkService): empty when nothing does. A message named and not defined, or defined
         * and not named, counts too.
         */
        public List<String> problemsAsWsdlOf(String name) {
            List<String> problems = new ArrayList<>();
            expect(problems, "portTypes", List.of(name + "Port"), portTypes);
            expect(problems, "bindings", List.of(name + "Binding"), bindings);
            expect(problems, "services", List.of(name + "Service"), services);
            Set<String> undefined = new LinkedHashSet<>(messagesReferenced);
            undefined.removeAll(messagesDefined);
            expect(problems, "messages named but not defined", Set.of(), undefined);
            Set<String> unused = new LinkedHashSet<>(messagesDefined);
            unused.removeAll(messagesReferenced);
            expect(problems, "messages defined but not named", Set.of(), unused);
            if (schemaLocations.size() != 1) {
                problems.add("one schema import expected: " + schemaLocations);
            }
            return problems;
        }

        private static void expect(List<String> problems, String what, Object expected, Object actual) {
            if (!expected.equals(actual)) {
                problems.add(what + ": " + actual + ", expected " + expected);
            }
        }

        private static List<String> names(List<Element> elements) {
            return elements.stream().map(e -> e.getAttribute("name")).toList();
        }
    }

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

    /** The WSDL files wsdl/contract.xml lists, in its order (the API reference page's order). */
    public static List<Path> wsdls() {
        List<Path> files = new ArrayList<>();
        NodeList listed = parse(CONTRACT).getDocumentElement().getElementsByTagNameNS("urn:onenumber:contract", "wsdl");
        for (int i = 0; i < listed.getLength(); i++) {
            files.add(CONTRACT.resolveSibling(((Element) listed.item(i)).getAttribute("file")));
        }
        return files;
    }

    /** Every operation of every portType, in the order of the WSDLs and of each WSDL. */
    public static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Path file : wsdls()) {
            NodeList ports = parse(file).getDocumentElement().getElementsByTagNameNS(WSDL_NS, "portType");
            for (int p = 0; p < ports.getLength(); p++) {
                Element port = (Element) ports.item(p);
                for (Element operation : children(port, "operation")) {
                    List<Element> docs = children(operation, "documentation");
                    String text = docs.isEmpty() ? "" : docs.get(0).getTextContent().replaceAll("\\s+", " ").trim();
                    operations.add(new Operation(port.getAttribute("name"), operation.getAttribute("name"), text));
                }
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
        return parse(new InputSource(file.toUri().toString()), file.toString());
    }

    /** A document received as text (a WSDL the server publishes), named in the error when it is not XML. */
    public static Document parse(String xml, String name) {
        return parse(new InputSource(new StringReader(xml)), name);
    }

    private static Document parse(InputSource source, String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(source);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + name, e);
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
