package org.onenumber.testsupport;

import jakarta.xml.ws.WebServiceException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * A SOAP call that failed below SOAP (CXF's "Could not send Message.") says in its own message what the socket said:
 * the run's summary line shows only a failure's first message, and CI shows only that summary, so without this the
 * cause (refused, reset, timed out, closed before any answer) is lost with the run's reports. Registered for every
 * test by auto-detection ({@code junit-platform.properties}), for the test methods and for the lifecycle methods that
 * make a class's fixtures over SOAP; it changes no outcome, only the failure's message.
 */
public final class TransportFailureCause implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        throw described(thrown);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        throw described(thrown);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        throw described(thrown);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        throw described(thrown);
    }

    @Override
    public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        throw described(thrown);
    }

    /** A transport failure with its causes in its message; any other throwable itself. */
    static Throwable described(Throwable thrown) {
        if (!(thrown instanceof WebServiceException) || thrown.getCause() == null) {
            return thrown;
        }
        WebServiceException described = new WebServiceException(thrown.getMessage() + " [" + causes(thrown) + "]", thrown);
        described.setStackTrace(thrown.getStackTrace()); // the summary's line number stays the test's
        return described;
    }

    /** Each cause's class and message, outermost first. */
    static String causes(Throwable thrown) {
        List<String> chain = new ArrayList<>();
        for (Throwable cause = thrown.getCause(); cause != null && chain.size() < 5; cause = cause.getCause()) {
            chain.add(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
        return String.join(" <- ", chain);
    }
}
