package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.SharedServer;

/**
 * Wrong passwords for a carrier's API login, from anyone, slow down the address they come from and never lock
 * the carrier out: after 5 and then 50 wrong ones from one loopback address, the right password works at once
 * from another address, and from the same one once its wait is over. Every refusal is a SOAP fault a SOAP
 * stack can read (401, or 429 with Retry-After), the same for an unknown login as for a wrong password.
 */
@ExtendWith(SharedServer.class)
class SoapSignInIT {

    private static final String PING = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:on=\"urn:onenumber:provisioning:v1\"><S:Body><on:Ping/></S:Body></S:Envelope>";
    private static final Pattern CODE = Pattern.compile("<(?:\\w+:)?code>([A-Z_]+)</");

    private final URL base;

    SoapSignInIT(PayaraMicro server) {
        this.base = server.url();
    }

    private record Answer(int status, String headers, String body) {

        String code() {
            Matcher code = CODE.matcher(body);
            return code.find() ? code.group(1) : null;
        }

        int retryAfter() {
            Matcher retry = Pattern.compile("(?im)^Retry-After:\\s*(\\d+)").matcher(headers);
            return retry.find() ? Integer.parseInt(retry.group(1)) : -1;
        }
    }

    /** One Ping over a fresh connection from {@code from} (a loopback address), with the given Authorization. */
    private Answer ping(String from, String authorization) throws Exception {
        byte[] body = PING.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + base.getPath() + "ws/provisioning HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Content-Type: text/xml; charset=utf-8\r\nSOAPAction: \"urn:onenumber:provisioning:v1:Ping\"\r\n"
                    + "Authorization: " + authorization + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String headers = split < 0 ? response : response.substring(0, split);
            return new Answer(Integer.parseInt(headers.split(" ")[1]), headers, split < 0 ? "" : response.substring(split + 4));
        }
    }

    private static String basic(String scheme, String user, String password) {
        return scheme + " " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Refused as a SOAP fault: 401 NOT_AUTHENTICATED, or 429 TOO_MANY_ATTEMPTS with a Retry-After. */
    private static void assertRefused(Answer answer) {
        assertTrue(answer.headers().toLowerCase().contains("content-type: text/xml"), answer.headers());
        if (answer.status() == 429) {
            assertEquals("TOO_MANY_ATTEMPTS", answer.code(), answer.body());
            assertTrue(answer.retryAfter() >= 1, answer.headers());
        } else {
            assertEquals(401, answer.status(), answer.headers());
            assertEquals("NOT_AUTHENTICATED", answer.code(), answer.body());
        }
    }

    @Test
    void strangersWrongPasswordsSlowThemDownAndNeverLockTheCarrierOut() throws Exception {
        String stranger = "127.0.0.3";
        for (int i = 0; i < 5; i++) {
            assertRefused(ping(stranger, basic("Basic", "acme-api", "guess-" + i)));
        }
        // a scheme spelt another way is another header, so none of this comes from the credential cache
        assertEquals(200, ping("127.0.0.4", basic("basic", "acme-api", "acme-api-secret1")).status(),
                "the carrier works from its own address after 5 wrong passwords");

        int throttled = 0;
        for (int i = 0; i < 50; i++) {
            Answer answer = ping(stranger, basic("Basic", "acme-api", "guess-more-" + i));
            assertRefused(answer);
            throttled += answer.status() == 429 ? 1 : 0;
        }
        assertTrue(throttled >= 45, "most of 50 more guesses were turned away without a check: " + throttled);
        assertEquals(200, ping("127.0.0.4", basic("BASIC", "acme-api", "acme-api-secret1")).status(),
                "the carrier works from its own address after 55 wrong passwords");

        Answer waiting = ping(stranger, basic("bAsic", "acme-api", "acme-api-secret1"));
        if (waiting.status() == 429) { // the right password too waits its turn on the guessing address
            assertTrue(waiting.retryAfter() <= 60, waiting.headers());
            Thread.sleep(waiting.retryAfter() * 1000L + 200);
            waiting = ping(stranger, basic("bAsic", "acme-api", "acme-api-secret1"));
        }
        assertEquals(200, waiting.status(), "after the wait the right password works from that address too");
    }

    @Test
    void anUnknownLoginAndAWrongPasswordGetTheSameAnswer() throws Exception {
        Answer unknown = ping("127.0.0.5", basic("Basic", "nobody-" + System.nanoTime(), "whatever"));
        Answer wrong = ping("127.0.0.6", basic("Basic", "northwind-api", "wrong"));
        assertRefused(unknown);
        assertRefused(wrong);
        assertEquals(unknown.status(), wrong.status());
        assertEquals(unknown.code(), wrong.code());
        // the sign-in's own answers carry the browser's defences too (no filter sees them)
        for (Answer answer : java.util.List.of(unknown, wrong)) {
            String headers = answer.headers().toLowerCase(java.util.Locale.ROOT);
            assertTrue(headers.contains("x-content-type-options: nosniff") && headers.contains("content-security-policy:"),
                    answer.headers());
        }
    }
}
