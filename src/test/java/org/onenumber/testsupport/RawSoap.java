package org.onenumber.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests sent as raw XML, the way a careless client's code would (what a generated client cannot send: a misspelt
 * element, a value of the wrong form), as the demo carrier's API login; the answer's typed fault read from the text.
 */
public final class RawSoap {

    public static final String NS = "urn:onenumber:provisioning:v1";
    private static final Pattern CODE = Pattern.compile("<(?:\\w+:)?code>([A-Z_]+)</");
    private static final Pattern FIELD = Pattern.compile("<(?:\\w+:)?field>([^<]*)</");

    /** The HTTP status, the fault's code and field (null when none) and the whole answer. */
    public record Answer(int status, String code, String field, String body) {
    }

    private final URL base;
    private final HttpClient http = Http.client();

    public RawSoap(URL base) {
        this.base = base;
    }

    /** Posts {@code body} (elements prefixed {@code on:}) in an envelope to {@code ws/<port>}. */
    public Answer post(String port, String operation, String body) throws Exception {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:on=\"" + NS
                + "\"><soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "ws/" + port))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + NS + ":" + operation + "\"")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("acme-api:acme-api-secret1".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher code = CODE.matcher(response.body());
        Matcher field = FIELD.matcher(response.body());
        return new Answer(response.statusCode(), code.find() ? code.group(1) : null, field.find() ? field.group(1) : null,
                response.body());
    }

    /** Refused by the contract: INVALID_REQUEST naming {@code field}, the caller's error, no class names. */
    public static void assertRefused(Answer answer, String field) {
        assertEquals(500, answer.status(), answer.body());
        assertEquals("INVALID_REQUEST", answer.code(), answer.body());
        assertEquals(field, answer.field(), answer.body());
        assertTrue(answer.body().matches("(?s).*<faultcode>(\\w+:)?Client</faultcode>.*"), "the caller's error: " + answer.body());
        assertFalse(answer.body().contains("com.sun.") || answer.body().contains("java."), "no class names: " + answer.body());
    }
}
