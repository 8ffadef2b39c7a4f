package org.onenumber.platform.control;

import java.util.UUID;

/**
 * The contract's typed fault as a whole SOAP 1.1 envelope, for the answers given before a SOAP runtime has read
 * the request: a refused sign-in, a request too large, a body that is not well-formed or carries a DTD. The
 * detail is the contract's OneNumberFaultDetail, the same a SOAP operation answers with, so clients read one
 * shape of fault whatever refused them.
 */
public final class FaultEnvelope {

    private FaultEnvelope() {
    }

    /** A caller's error (faultcode Client) with a tracking id of its own. */
    public static String client(ErrorCode code, String summary, String field) {
        String trackingId = UUID.randomUUID().toString();
        return "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
                + "<faultcode>S:Client</faultcode><faultstring>" + escape(code.name() + ": " + summary) + "</faultstring>"
                + "<detail><on:OneNumberFaultDetail xmlns:on=\"urn:onenumber:provisioning:v1\"><on:code>" + code.name()
                + "</on:code><on:summary>" + escape(summary) + "</on:summary>"
                + (field == null ? "" : "<on:field>" + escape(field) + "</on:field>")
                + "<on:trackingId>" + trackingId + "</on:trackingId></on:OneNumberFaultDetail></detail></S:Fault></S:Body></S:Envelope>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
