package org.onenumber.platform.boundary;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser's own defences, set on every answer: no MIME sniffing, no framing by other sites, no referrer sent
 * elsewhere, and a content security policy that keeps scripts, styles, images and frames to this application
 * (PrimeFaces needs inline scripts and styles; the Mailbox shows a message's HTML as a data: frame). Called by
 * the web filter for every page and by the sign-in mechanism for the answers it gives itself (401, 429), which
 * no filter sees.
 */
public final class ResponseDefences {

    public static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private ResponseDefences() {
    }

    public static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", POLICY);
    }
}
