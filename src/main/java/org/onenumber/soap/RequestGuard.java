package org.onenumber.soap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.config.ConfigProvider;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ErrorCode;
import org.onenumber.platform.control.FaultEnvelope;

/**
 * What every SOAP request passes before the SOAP runtime reads it:
 * <ul>
 * <li>a size limit ({@code onenumber.soap.max-request-bytes}, 2 MiB by default): a declared length past it is
 * answered 413 before one byte of the body is read, a chunked body as soon as it passes the limit;</li>
 * <li>one streaming pass of a parser that resolves nothing: a DTD (and with it every entity, external or
 * expanding), nesting deeper than {@value #MAX_DEPTH} levels, more than {@value #MAX_ELEMENTS} elements or a
 * body that is not well-formed are refused as INVALID_REQUEST with faultcode Client;</li>
 * <li>the headers: ours must be the RequestHeader in the contract's namespace. An unknown header in our
 * namespace, or any header without a namespace (such as a RequestHeader a client forgot to qualify), is refused
 * as INVALID_HEADER instead of being ignored with the idempotency key it carries. Headers of other namespaces
 * are the SOAP runtime's: it refuses those marked mustUnderstand (faultcode MustUnderstand).</li>
 * </ul>
 * GET serves the contract only ({@code ?wsdl}, {@code ?xsd=n}), without the runtime's name and version; the
 * runtime's listing of endpoints and implementation classes is not served. The Metro parser gets the body from
 * memory afterwards; its schema validation reports to {@link ContractViolations}, cleared here after every request.
 */
@WebFilter("/ws/*")
public class RequestGuard extends HttpFilter {

    static final String NS = "urn:onenumber:provisioning:v1";
    static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final int MAX_DEPTH = 32;
    static final int MAX_ELEMENTS = 20_000;
    private static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    private static final Pattern RUNTIME_COMMENT = Pattern.compile("<!--\\s*Published by[^>]*-->\\s*");
    private static final XMLInputFactory XML = hardened();

    private long maxBytes = DEFAULT_MAX_BYTES;

    @Inject
    MetricRegistry metrics;

    /** The refusal a body earned, in the contract's words. */
    record Refusal(ErrorCode code, String field, String summary) {
    }

    @Override
    public void init() {
        maxBytes = ConfigProvider.getConfig().getOptionalValue("onenumber.soap.max-request-bytes", Long.class)
                .filter(limit -> limit > 0).orElse(DEFAULT_MAX_BYTES);
    }

    private static XMLInputFactory hardened() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ContractViolations.clear();
        try {
            switch (request.getMethod()) {
                case "POST" -> post(request, response, chain);
                case "GET" -> get(request, response, chain);
                default -> {
                    response.setHeader("Allow", "GET, POST");
                    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                }
            }
        } finally {
            ContractViolations.clear();
        }
    }

    private void post(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            tooLarge(response);
            return;
        }
        Optional<byte[]> body = readAtMost(request.getInputStream(), maxBytes);
        if (body.isEmpty()) {
            tooLarge(response);
            return;
        }
        Optional<Refusal> refusal = inspect(body.get());
        if (refusal.isPresent()) {
            Refusal r = refusal.get();
            answer(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, r.code(), r.summary(), r.field());
            return;
        }
        chain.doFilter(new Buffered(request, body.get()), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, CommonError.REQUEST_TOO_LARGE,
                "A request has at most " + maxBytes + " bytes; send fewer items per request.", null);
    }

    /** The typed fault, counted with the operations' faults by its code. */
    private void answer(HttpServletResponse response, int status, ErrorCode code, String summary, String field)
            throws IOException {
        metrics.counter("onenumber.soap.faults", new Tag("code", code.name())).inc();
        response.setStatus(status);
        response.setContentType("text/xml;charset=UTF-8");
        byte[] envelope = FaultEnvelope.client(code, summary, field).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(envelope.length);
        response.getOutputStream().write(envelope);
        response.flushBuffer();
    }

    /** The body, or nothing when it is longer than {@code limit} (reading stops there). */
    static Optional<byte[]> readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] chunk = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(chunk)) > 0; ) {
            total += n;
            if (total > limit) {
                return Optional.empty();
            }
            out.write(chunk, 0, n);
        }
        return Optional.of(out.toByteArray());
    }

    /** One streaming pass over the body; nothing is resolved, nothing is kept. */
    static Optional<Refusal> inspect(byte[] body) {
        XMLStreamReader reader = null;
        try {
            reader = XML.createXMLStreamReader(new ByteArrayInputStream(body));
            int depth = 0;
            int elements = 0;
            boolean inHeader = false;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        return Optional.of(invalid("A request may not carry a document type declaration (DTD) or entities."));
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        return Optional.of(invalid("A request may not refer to entities other than XML's own."));
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (++elements > MAX_ELEMENTS) {
                            return Optional.of(invalid("A request has at most " + MAX_ELEMENTS + " elements."));
                        }
                        if (depth > MAX_DEPTH) {
                            return Optional.of(invalid("A request nests elements at most " + MAX_DEPTH + " levels deep."));
                        }
                        String ns = reader.getNamespaceURI();
                        String name = reader.getLocalName();
                        if (depth == 2) {
                            inHeader = SOAP_NS.equals(ns) && "Header".equals(name);
                        } else if (depth == 3 && inHeader) {
                            Optional<Refusal> header = header(ns, name);
                            if (header.isPresent()) {
                                return header;
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {
                        // text, comments and processing instructions are the schema's business
                    }
                }
            }
            return Optional.empty();
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.of(invalid(notWellFormed(e)));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing held
                }
            }
        }
    }

    private static Optional<Refusal> header(String ns, String name) {
        if (ns == null || ns.isEmpty()) {
            return Optional.of(new Refusal(CommonError.INVALID_HEADER, name, "The header " + name
                    + " has no namespace and would be ignored; send RequestHeader in the namespace " + NS + "."));
        }
        if (NS.equals(ns) && !"RequestHeader".equals(name)) {
            return Optional.of(new Refusal(CommonError.INVALID_HEADER, name, "The contract has no header " + name
                    + "; its one request header is RequestHeader."));
        }
        return Optional.empty();
    }

    private static Refusal invalid(String summary) {
        return new Refusal(CommonError.INVALID_REQUEST, null, summary);
    }

    /** Where the parser stopped, without the parser's own words (which name its classes). */
    private static String notWellFormed(Exception e) {
        if (e instanceof XMLStreamException stream && stream.getLocation() != null && stream.getLocation().getLineNumber() > 0) {
            String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("dtd") || text.contains("doctype") || text.contains("entity")) {
                return "A request may not carry a document type declaration (DTD) or entities.";
            }
            return "The request is not well-formed XML (line " + stream.getLocation().getLineNumber() + ", column "
                    + stream.getLocation().getColumnNumber() + ").";
        }
        return "The request is not well-formed XML.";
    }

    private static void get(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString() == null ? "" : request.getQueryString().toLowerCase(Locale.ROOT);
        if (!query.equals("wsdl") && !query.matches("xsd=\\d+")) {
            // the runtime's page lists endpoints and their implementation classes: not for strangers
            response.setContentType("text/plain;charset=UTF-8");
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.getWriter().write("POST SOAP 1.1 requests here; the contract is at ?wsdl.\n");
            return;
        }
        Captured captured = new Captured(response);
        chain.doFilter(request, captured);
        byte[] body = captured.bytes();
        if (captured.getContentType() != null && captured.getContentType().contains("xml")) {
            String text = new String(body, StandardCharsets.UTF_8);
            body = RUNTIME_COMMENT.matcher(text).replaceAll("").getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The request with its body read from memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /** The contract as the runtime wrote it, held back so its name and version can be taken out. */
    private static final class Captured extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
        private PrintWriter writer;

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    out.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("written at once");
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // the length is set once the comment is out
        }

        @Override
        public void setContentLengthLong(long len) {
            // the length is set once the comment is out
        }

        @Override
        public void flushBuffer() {
            // held until the filter writes it
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return out.toByteArray();
        }
    }
}
