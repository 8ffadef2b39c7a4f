package org.onenumber.soap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import javax.xml.XMLConstants;
import javax.xml.validation.SchemaFactory;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.onenumber.platform.control.ErrorCode;
import org.onenumber.testsupport.ContractDocs;
import org.onenumber.testsupport.ContractDocs.Operation;

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

    /** Documentation goes first in an element (xs:annotation before its type): else Metro's schema validation, and the deployment, fail. */
    @Test
    void theDocumentedSchemaStillCompiles() {
        assertDoesNotThrow(() -> SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ContractDocs.XSD.toFile()));
    }

    @Test
    void theSchemaListsEveryFaultCodeWithItsMeaning() {
        var listed = ContractDocs.schemaFaultCodes();
        assertEquals(errorCodes(), new TreeSet<>(listed.keySet()),
                "the codes of OneNumberFaultDetail's documentation against the ErrorCode enums");
        listed.forEach((code, meaning) -> assertTrue(meaning.length() > 10, code + " has no meaning"));
    }
}
