package org.onenumber.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.ws.WebServiceException;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.onenumber.client.ListAccounts;

/** What a run's summary line says of a SOAP call that never reached a server. */
class TransportFailureCauseTest {

    private final TransportFailureCause handler = new TransportFailureCause();

    @Test
    void aCallToAPortNobodyListensOnNamesTheRefusalInItsMessage() throws Exception {
        URL nobody = new URL("http://127.0.0.1:" + PayaraMicro.freeLoopbackPort() + "/onenumber/");
        WebServiceException failed = assertThrows(WebServiceException.class,
                () -> ProvisioningClient.acme(nobody).port().listAccounts(new ListAccounts()));
        assertEquals("Could not send Message.", failed.getMessage(), "CXF's own message, which says nothing of the cause");

        WebServiceException described = assertThrows(WebServiceException.class,
                () -> handler.handleTestExecutionException(null, failed));
        assertTrue(described.getMessage().startsWith("Could not send Message. [ConnectException"), described.getMessage());
        assertSame(failed, described.getCause());
        assertEquals(failed.getStackTrace()[0], described.getStackTrace()[0], "the summary's line stays the test's");
        // a class's fixtures made over SOAP in @BeforeAll fail the same way, and say so the same way
        WebServiceException inBeforeAll = assertThrows(WebServiceException.class,
                () -> handler.handleBeforeAllMethodExecutionException(null, failed));
        assertEquals(described.getMessage(), inBeforeAll.getMessage());
        WebServiceException inBeforeEach = assertThrows(WebServiceException.class,
                () -> handler.handleBeforeEachMethodExecutionException(null, failed));
        assertEquals(described.getMessage(), inBeforeEach.getMessage());
    }

    @Test
    void anyOtherFailurePassesUnchanged() {
        AssertionError assertion = new AssertionError("expected 2 but was 3");
        assertSame(assertion, assertThrows(AssertionError.class, () -> handler.handleTestExecutionException(null, assertion)));
        WebServiceException bare = new WebServiceException("no cause");
        assertSame(bare, assertThrows(WebServiceException.class, () -> handler.handleTestExecutionException(null, bare)));
    }
}
