package org.onenumber.soap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.validation.SchemaFactory;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onenumber.platform.control.ErrorCode;
import org.onenumber.testsupport.ContractDocs;
import org.onenumber.testsupport.ContractDocs.Operation;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The contract is what integrators read (and what the API reference page is made of): an operation does not land
 * without saying what it does and which fault codes it gives, and no code is named that the application cannot
 * send. The codes are the constants of the ErrorCode enums, found in the compiled classes.
 */
class ContractDocumentationTest {

    private static Set<String> errorCodes() {
        Set<String> codes = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.onenumber")) {
            if (type.isEnum() && type.isAssignableTo(ErrorCode.class)) {
                for (Object constant : type.reflect().getEnumConstants()) {
                    codes.add(((ErrorCode) constant).name());
                }
            }
        }
        return codes;
    }

    @Test
    void everyOperationSaysWhatItDoesAndEndsWithItsFaults() {
        List<Operation> operations = ContractDocs.operations();
        assertTrue(operations.size() > 80, "operations read from the WSDL: " + operations.size());
        List<String> undocumented = new ArrayList<>();
        for (Operation operation : operations) {
            String part = operation.faultPart();
            boolean described = operation.documentation().indexOf("Faults:") > 20;
            if (part == null || !described || !operation.faultCodes().contains("NOT_AUTHENTICATED")
                    || !operation.faultCodes().contains("INTERNAL_ERROR")) {
                undocumented.add(operation.id());
            }
        }
        assertEquals(List.of(), undocumented, "operations without a description and a \"Faults: ...\" naming at least"
                + " NOT_AUTHENTICATED and INTERNAL_ERROR (every operation can give those)");
    }

    @Test
    void theFaultCodesNamedAreOnesTheApplicationHas() {
        Set<String> known = errorCodes();
        List<String> unknown = new ArrayList<>();
        for (Operation operation : ContractDocs.operations()) {
            for (String code : operation.faultCodes()) {
                if (!known.contains(code)) {
                    unknown.add(operation.id() + ": " + code);
                }
            }
        }
        assertEquals(List.of(), unknown, "codes no ErrorCode enum has; known: " + known);
    }

    /**
     * One WSDL per port, each listed in wsdl/contract.xml (the API reference page and these tests read that list),
     * each holding its one portType, binding and service with the messages they use, over the one shared schema.
     */
    @Test
    void eachPortHasItsOwnWsdlOverTheSharedSchema() throws Exception {
        List<Path> expected = ContractDocs.PORTS.keySet().stream().map(stem -> Path.of("wsdl", stem + ".wsdl")).toList();
        assertEquals(expected, ContractDocs.wsdls());
        try (Stream<Path> files = Files.list(Path.of("wsdl"))) {
            assertEquals(Set.copyOf(expected), files.filter(f -> f.toString().endsWith(".wsdl")).collect(Collectors.toSet()),
                    "WSDL files in wsdl/ that wsdl/contract.xml does not list, or the other way round");
        }
        ContractDocs.PORTS.forEach((stem, name) -> {
            Path file = Path.of("wsdl", stem + ".wsdl");
            ContractDocs.Definitions wsdl = ContractDocs.Definitions.of(ContractDocs.parse(file));
            assertEquals(List.of(), wsdl.problemsAsWsdlOf(name), file.toString());
            assertEquals(List.of("onenumber.xsd"), wsdl.schemaLocations(), file.toString());
        });
    }

    /** Documentation goes first in an element (xs:annotation before its type): else Metro's schema validation, and the deployment, fail. */
    @Test
    void theDocumentedSchemaStillCompiles() {
        assertDoesNotThrow(() -> SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ContractDocs.XSD.toFile()));
    }

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    /**
     * Every named element and type says what it is to integrators (the API reference shows these texts, and client
     * generators carry them into their code): an xs:annotation with a non-blank xs:documentation as its first child,
     * where the schema allows it. Named as Parent/child, the parent being the nearest named element or type.
     */
    @Test
    void everyNamedElementAndTypeOfTheSchemaIsDocumented() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element schema = factory.newDocumentBuilder().parse(ContractDocs.XSD.toFile()).getDocumentElement();
        List<String> named = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        collect(schema, "", named, undocumented);
        assertTrue(named.size() > 900, "named elements and types read from the schema: " + named.size());
        assertEquals(List.of(), undocumented, undocumented.size() + " of " + named.size()
                + " named elements and types have no xs:annotation/xs:documentation as their first child");
    }

    private static void collect(Element parent, String context, List<String> named, List<String> undocumented) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element child)) {
                continue;
            }
            String name = child.getAttribute("name");
            boolean declaration = XS.equals(child.getNamespaceURI()) && !name.isEmpty()
                    && Set.of("element", "complexType", "simpleType").contains(child.getLocalName());
            if (declaration) {
                String path = context.isEmpty() ? name : context + "/" + name;
                named.add(path);
                if (!documented(child)) {
                    undocumented.add(path);
                }
                collect(child, path, named, undocumented);
            } else {
                collect(child, context, named, undocumented);
            }
        }
    }

    /** The first element child is xs:annotation, and one of its xs:documentation children has text. */
    private static boolean documented(Element declaration) {
        Node first = declaration.getFirstChild();
        while (first != null && !(first instanceof Element)) {
            first = first.getNextSibling();
        }
        if (!(first instanceof Element annotation) || !XS.equals(annotation.getNamespaceURI())
                || !"annotation".equals(annotation.getLocalName())) {
            return false;
        }
        var docs = annotation.getElementsByTagNameNS(XS, "documentation");
        for (int i = 0; i < docs.getLength(); i++) {
            if (!docs.item(i).getTextContent().isBlank()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theSchemaListsEveryFaultCodeWithItsMeaning() {
        var listed = ContractDocs.schemaFaultCodes();
        assertEquals(errorCodes(), new TreeSet<>(listed.keySet()),
                "the codes of OneNumberFaultDetail's documentation against the ErrorCode enums");
        listed.forEach((code, meaning) -> assertTrue(meaning.length() > 10, code + " has no meaning"));
    }
}
