package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.testsupport.Http;
import org.onenumber.testsupport.ContractDocs;
import org.onenumber.testsupport.ContractDocs.Definitions;
import org.onenumber.testsupport.ContractDocs.Operation;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.SharedServer;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The API reference an integrator opens before writing a line: served without signing in, with the browser defences
 * of every page, and listing every operation of the WSDLs with the fault codes the WSDL gives it; and each port's
 * WSDL as its endpoint publishes it.
 */
@ExtendWith(SharedServer.class)
class ApiReferenceIT {

    private static final Pattern OPERATION = Pattern.compile("<section[^>]*class=\"operation\"[^>]*>");
    private static final Pattern FAULT_CODE = Pattern.compile("class=\"fault-code\">([A-Z0-9_]+)<");

    private final URL base;

    ApiReferenceIT(PayaraMicro server) {
        this.base = server.url();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(URI.create(base + path));
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        HttpClient http = Http.client();
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1) : "";
    }

    /** The page's operations, "Port-Operation", each with the codes of its Faults list in the order shown. */
    private static Map<String, List<String>> operationsShown(String page) {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        Matcher section = OPERATION.matcher(page);
        List<int[]> starts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (section.find()) {
            starts.add(new int[] {section.start(), section.end()});
            ids.add(attribute(section.group(), "data-port") + "-" + attribute(section.group(), "data-operation"));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : page.length();
            String body = page.substring(starts.get(i)[1], end);
            int faults = body.indexOf("class=\"faults\"");
            List<String> codes = new ArrayList<>();
            if (faults >= 0) {
                Matcher code = FAULT_CODE.matcher(body.substring(faults, body.indexOf("</ul>", faults)));
                while (code.find()) {
                    codes.add(code.group(1));
                }
            }
            shown.put(ids.get(i), codes);
        }
        return shown;
    }

    @Test
    void theReferenceIsServedToAnyoneWithThePagesDefences() throws Exception {
        HttpResponse<String> page = get("api/");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertTrue(page.body().contains("<html lang=\"en\">"), "a language for screen readers");
        assertTrue(page.body().contains("<h1>OneNumber SOAP API reference, v1</h1>"));
        assertTrue(!page.body().contains("<script"), "readable without JavaScript");
    }

    @Test
    void everyOperationOfTheWsdlIsListedWithItsFaults() throws Exception {
        String page = get("api/").body();
        Map<String, List<String>> shown = operationsShown(page);
        List<Operation> operations = ContractDocs.operations();
        assertEquals(operations.size(), shown.size(), "operations on the page: " + shown.keySet());
        for (Operation operation : operations) {
            assertTrue(shown.containsKey(operation.id()), operation.id() + " is not on the page");
            assertEquals(operation.faultCodes(), shown.get(operation.id()), operation.id() + "'s faults");
            assertTrue(page.contains("href=\"#" + operation.id() + "\""), operation.id() + " is not in the contents");
        }
        // each code shown links to its meaning in the conventions
        for (String code : ContractDocs.schemaFaultCodes().keySet()) {
            assertTrue(page.contains("id=\"fault-" + code + "\""), code + " has no meaning on the page");
        }
    }

    /**
     * Each endpoint publishes its own port's WSDL (one per port since v1 was split into a WSDL per port, with the
     * same names and namespace), whose schema import leads to the shared schema the server publishes too.
     */
    @Test
    void eachEndpointPublishesOnlyItsPortsWsdlAndTheSharedSchema() throws Exception {
        for (Map.Entry<String, String> port : ContractDocs.PORTS.entrySet()) {
            String path = "ws/" + port.getKey() + "?wsdl";
            HttpResponse<String> wsdl = get(path);
            assertEquals(200, wsdl.statusCode(), path);
            Definitions published = Definitions.of(ContractDocs.parse(wsdl.body(), path));
            assertEquals(List.of(), published.problemsAsWsdlOf(port.getValue()), path);

            URI schemaUri = URI.create(base + path).resolve(published.schemaLocations().get(0));
            HttpResponse<String> xsd = get(schemaUri);
            assertEquals(200, xsd.statusCode(), schemaUri.toString());
            Element schema = ContractDocs.parse(xsd.body(), schemaUri.toString()).getDocumentElement();
            assertEquals("schema", schema.getLocalName(), schemaUri.toString());
            assertEquals("urn:onenumber:provisioning:v1", schema.getAttribute("targetNamespace"), schemaUri.toString());
            NodeList elements = schema.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "element");
            assertTrue(IntStream.range(0, elements.getLength())
                    .anyMatch(i -> "ListUsers".equals(((Element) elements.item(i)).getAttribute("name"))),
                    schemaUri + " is not the shared schema (no element ListUsers)");
        }
    }
}
