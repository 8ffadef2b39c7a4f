package org.onenumber.soap;

import com.sun.xml.ws.developer.ValidationErrorHandler;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.SAXParseException;

/**
 * Metro validates every request against the contract's XSD (see {@code @SchemaValidation} on the endpoints)
 * and reports here what does not match: a missing or unknown element, a value of the wrong type, an unknown
 * enum value, a value past a declared limit. Nothing is thrown at that point, because Metro would answer with
 * an untyped fault; the first violation is kept for this request's thread, and {@link SoapCall} refuses the
 * request with the one typed fault, INVALID_REQUEST, before anything runs. {@link ContractFilter} clears it
 * after every request, so nothing carries over to the next request on the thread.
 */
public class ContractViolations extends ValidationErrorHandler {

    /** What did not match: the element (when the parser names one) and what was expected, in the parser's words. */
    public record Violation(String element, String expected) {
    }

    private static final ThreadLocal<Violation> FIRST = new ThreadLocal<>();
    private static final Pattern ELEMENT = Pattern.compile("element '([^']+)'");
    private static final Pattern EXPECTED = Pattern.compile("is not complete\\. One of '\\{([^,}]+)");
    private static final Pattern CODE = Pattern.compile("^cvc-[\\w.-]+:\\s*");

    @Override
    public void warning(SAXParseException e) {
        // warnings (such as an unresolvable schema hint) do not refuse a request
    }

    @Override
    public void error(SAXParseException e) {
        record(e);
    }

    @Override
    public void fatalError(SAXParseException e) {
        record(e);
    }

    private static void record(SAXParseException e) {
        Violation earlier = FIRST.get();
        Violation now = of(e.getMessage());
        // a type error comes as two messages, the second naming the element: keep the one that names it
        if (earlier == null || (earlier.element() == null && now.element() != null)) {
            FIRST.set(earlier == null || now.element() == null ? now : new Violation(now.element(), earlier.expected()));
        }
    }

    /**
     * The parser's message without its rule code, and the element it is about: the missing one when an element
     * is incomplete, otherwise the one it names, if any; without namespace or prefix.
     */
    static Violation of(String message) {
        String text = message == null ? "The request does not match the contract." : CODE.matcher(message).replaceFirst("");
        Matcher missing = EXPECTED.matcher(text);
        if (missing.find()) {
            return new Violation(localName(missing.group(1)), text);
        }
        Matcher element = ELEMENT.matcher(text);
        return new Violation(element.find() ? localName(element.group(1)) : null, text);
    }

    /** {@code {"urn:...":quantity}}, {@code "urn:...":quantity} or {@code on:quantity}: quantity. */
    static String localName(String token) {
        String name = token.replace("{", "").replace("}", "");
        int quoted = name.lastIndexOf("\":");
        if (quoted >= 0) {
            name = name.substring(quoted + 2);
        }
        int prefix = name.lastIndexOf(':');
        return prefix >= 0 ? name.substring(prefix + 1) : name;
    }

    /** The first violation of this request, if any; clears it. */
    public static Optional<Violation> take() {
        Violation violation = FIRST.get();
        FIRST.remove();
        return Optional.ofNullable(violation);
    }

    static void clear() {
        FIRST.remove();
    }
}
