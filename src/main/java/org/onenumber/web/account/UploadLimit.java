package org.onenumber.web.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * A CSV sent to Import users that is larger than the server takes in one request (web.xml's multipart-config: a file of 8 MiB)
 * gets the page's own message beside the file field, as one between 2 MB and that does, instead of the error page the
 * container's refusal became (the Faces servlet failed reading the request's parameters). The body is read and
 * dropped, up to {@link #DRAIN} (a browser that is still sending when the answer comes may show a reset connection
 * rather than the page), then the browser is sent back to the page, which says why.
 */
@WebFilter("/admin/user-import.xhtml")
public class UploadLimit extends HttpFilter {

    /**
     * web.xml's max-file-size for the Faces servlet: a request no larger cannot carry a larger file, and one larger
     * carries a file far past the import's 2 MB (its other fields are a few hundred bytes).
     */
    static final long MAX_REQUEST = 8_388_608;
    /** The most of a refused body read and dropped; past it the connection is closed. */
    static final long DRAIN = 64L * 1024 * 1024;
    /** The page's parameter that says the file sent was too large. */
    static final String TOO_LARGE = "tooLarge";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        long length = request.getContentLengthLong(); // -1 when not told (chunked): not a browser's form, left as it is
        if (!"POST".equals(request.getMethod()) || type == null || !type.toLowerCase().startsWith("multipart/")
                || length <= MAX_REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        if (length > DRAIN || !drained(request.getInputStream())) {
            response.setHeader("Connection", "close");
        }
        response.sendRedirect(request.getContextPath() + "/admin/user-import.xhtml?" + TOO_LARGE + "=true");
    }

    private static boolean drained(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n; (n = body.read(buffer)) >= 0; ) {
            read += n;
            if (read > DRAIN) {
                return false;
            }
        }
        return true;
    }
}
