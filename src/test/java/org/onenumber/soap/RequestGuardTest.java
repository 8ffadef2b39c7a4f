package org.onenumber.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onenumber.platform.control.CommonError;

class RequestGuardTest {

    private static final String OPEN = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:on=\"urn:onenumber:provisioning:v1\">";

    private static Optional<RequestGuard.Refusal> inspect(String xml) {
        return RequestGuard.inspect(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(CommonError code, String xml) {
        Optional<RequestGuard.Refusal> refusal = inspect(xml);
        assertTrue(refusal.isPresent(), "refused: " + xml);
        assertEquals(code, refusal.get().code());
        assertFalse(refusal.get().summary().matches("(?s).*\\b(com|org|java|javax)\\.\\w+.*"), refusal.get().summary());
    }

    @Test
    void anOrdinaryRequestWithOurHeaderAndXmlsOwnEntitiesPasses() {
        assertEquals(Optional.empty(), inspect(OPEN + "<soapenv:Header><on:RequestHeader><on:idempotencyKey>k</on:idempotencyKey>"
                + "</on:RequestHeader><x:Other xmlns:x=\"urn:other\">y</x:Other></soapenv:Header><soapenv:Body>"
                + "<on:AddAccount><on:name>AT&amp;T &#233; &lt;b&gt;</on:name></on:AddAccount></soapenv:Body></soapenv:Envelope>"));
    }

    @Test
    void aDtdAnExternalEntityOrAnExpandingOneIsRefused() {
        assertRefused(CommonError.INVALID_REQUEST, "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + OPEN + "<soapenv:Body><on:AddAccount><on:name>&xxe;</on:name></on:AddAccount></soapenv:Body></soapenv:Envelope>");
        assertRefused(CommonError.INVALID_REQUEST, "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + OPEN + "<soapenv:Body><on:AddAccount><on:name>&lol2;</on:name></on:AddAccount></soapenv:Body></soapenv:Envelope>");
        assertRefused(CommonError.INVALID_REQUEST, OPEN + "<soapenv:Body><on:AddAccount><on:name>&undeclared;</on:name>"
                + "</on:AddAccount></soapenv:Body></soapenv:Envelope>");
    }

    @Test
    void deepNestingTooManyElementsAndBrokenXmlAreRefused() {
        assertRefused(CommonError.INVALID_REQUEST, OPEN + "<soapenv:Body><on:ListAccounts>" + "<a>".repeat(100) + "</a>".repeat(100)
                + "</on:ListAccounts></soapenv:Body></soapenv:Envelope>");
        assertRefused(CommonError.INVALID_REQUEST, OPEN + "<soapenv:Body><on:ListAccounts>" + "<a/>".repeat(RequestGuard.MAX_ELEMENTS)
                + "</on:ListAccounts></soapenv:Body></soapenv:Envelope>");
        assertRefused(CommonError.INVALID_REQUEST, OPEN + "<soapenv:Body><on:ListAccounts></soapenv:Body>");
        assertRefused(CommonError.INVALID_REQUEST, "not xml at all");
    }

    @Test
    void anUnqualifiedOrUnknownHeaderOfOursIsRefusedNotIgnored() {
        Optional<RequestGuard.Refusal> unqualified = inspect(OPEN + "<soapenv:Header><RequestHeader><idempotencyKey>k</idempotencyKey>"
                + "</RequestHeader></soapenv:Header><soapenv:Body><on:ListAccounts/></soapenv:Body></soapenv:Envelope>");
        assertEquals(CommonError.INVALID_HEADER, unqualified.orElseThrow().code());
        assertEquals("RequestHeader", unqualified.get().field());
        assertRefused(CommonError.INVALID_HEADER, OPEN + "<soapenv:Header><on:Bogus>x</on:Bogus></soapenv:Header>"
                + "<soapenv:Body><on:ListAccounts/></soapenv:Body></soapenv:Envelope>");
    }

    @Test
    void readingStopsPastTheLimit() throws Exception {
        assertEquals(Optional.empty(), RequestGuard.readAtMost(new ByteArrayInputStream(new byte[1025]), 1024));
        assertEquals(1024, RequestGuard.readAtMost(new ByteArrayInputStream(new byte[1024]), 1024).orElseThrow().length);
    }
}
