package org.onenumber.notify.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onenumber.notify.QrCodes;
import org.onenumber.notify.entity.Attachment;
import org.onenumber.notify.entity.Email;

class SmtpSinkTest {

    @TempDir
    Path directory;

    private SmtpSink sink;

    @BeforeEach
    void start() throws IOException {
        sink = SmtpSink.start(0, directory, 64 * 1024);
    }

    @AfterEach
    void stop() {
        sink.close();
    }

    private Session session() {
        return new SmtpSettings("127.0.0.1", sink.port(), null, null, false).session();
    }

    @Test
    void keepsAMessageSentByJakartaMailWithItsInlineQrCodeAndAttachment() throws Exception {
        byte[] qr = QrCode.png("https://onenumber.example/provision?token=abc123", 200);
        byte[] pdf = "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII);
        Email email = new Email(7L, "PROVISIONING", "ann.lee@globex.example", "Set up your mobile client – ÿ",
                "Scan the code in the HTML version.",
                "<p>Scan this:</p><img src=\"cid:qr\" alt=\"QR code\">",
                List.of(Attachment.inline("qr", "qr.png", "image/png", qr),
                        new Attachment("guide.pdf", "application/pdf", pdf, null)));
        Session session = session();
        MimeMessage sent = MimeMessages.build(session, new InternetAddress("OneNumber <no-reply@onenumber.local>"), email, null);

        Transport.send(sent);

        List<Path> files = new MailDrop(directory).files();
        assertEquals(1, files.size(), "one message stored: " + files);
        assertTrue(files.get(0).getFileName().toString().matches("\\d{13}-\\d{6}\\.eml"), files.get(0).toString());
        MimeMessage received = MailDrop.parse(files.get(0));
        assertEquals("Set up your mobile client – ÿ", received.getSubject());
        assertEquals("ann.lee@globex.example", received.getRecipients(MimeMessage.RecipientType.TO)[0].toString());
        assertEquals("PROVISIONING", received.getHeader(MimeMessages.KIND_HEADER, null));
        assertEquals("Scan the code in the HTML version.", MimeContent.text(received));
        assertTrue(MimeContent.html(received).contains("src=\"cid:qr\""), MimeContent.html(received));
        List<MimeContent.InlineImage> images = MimeContent.inlineImages(received);
        assertEquals(1, images.size());
        assertEquals("qr", images.get(0).contentId());
        assertArrayEquals(qr, images.get(0).content());
        assertEquals("https://onenumber.example/provision?token=abc123", QrCodes.decode(images.get(0).content()));
        assertEquals(List.of("qr.png", "guide.pdf"), MimeContent.fileNames(received));
        assertTrue(MimeContent.htmlWithImages(received).contains("src=\"data:image/png;base64,"));
    }

    @Test
    void removesTheDotThatStuffsLinesAndEndsAtTheLoneDot() throws IOException {
        try (Conversation smtp = new Conversation(sink.port())) {
            smtp.expect("220");
            smtp.send("EHLO test.local").expect("250");
            smtp.send("MAIL FROM:<a@test.local>").expect("250");
            smtp.send("RCPT TO:<b@test.local>").expect("250");
            smtp.send("DATA").expect("354");
            smtp.send("Subject: dots\r\n\r\n..leading dot\r\n...\r\nplain\r\n.").expect("250");
            smtp.send("QUIT").expect("221");
        }
        String stored = Files.readString(new MailDrop(directory).files().get(0), StandardCharsets.UTF_8);
        assertTrue(stored.endsWith("Subject: dots\r\n\r\n.leading dot\r\n..\r\nplain\r\n"), stored);
        assertTrue(stored.startsWith("Return-Path: <a@test.local>\r\nReceived: from test.local"), stored);
    }

    @Test
    void keepsTheOrderOfCommandsAndForgetsATransactionOnReset() throws IOException {
        try (Conversation smtp = new Conversation(sink.port())) {
            smtp.expect("220");
            smtp.send("MAIL FROM:<a@test.local>").expect("503");
            smtp.send("HELO test.local").expect("250");
            smtp.send("RCPT TO:<b@test.local>").expect("503");
            smtp.send("MAIL FROM:<a@test.local>").expect("250");
            smtp.send("RCPT TO:<b@test.local>").expect("250");
            smtp.send("RSET").expect("250");
            smtp.send("DATA").expect("503");
            smtp.send("NOOP").expect("250");
            smtp.send("BDAT 10").expect("500");
            smtp.send("QUIT").expect("221");
        }
        assertEquals(List.of(), new MailDrop(directory).files());
    }

    @Test
    void refusesAMessageOverTheSizeCapAndStaysUsable() throws Exception {
        try (Conversation smtp = new Conversation(sink.port())) {
            smtp.expect("220");
            smtp.send("EHLO test.local").expect("250");
            smtp.send("MAIL FROM:<a@test.local> SIZE=100000").expect("552");
            smtp.send("MAIL FROM:<a@test.local>").expect("250");
            smtp.send("RCPT TO:<b@test.local>").expect("250");
            smtp.send("DATA").expect("354");
            smtp.send("Subject: big\r\n\r\n" + "x".repeat(70 * 1024) + "\r\n.").expect("552");
            smtp.send("MAIL FROM:<a@test.local>").expect("250");
            smtp.send("RCPT TO:<b@test.local>").expect("250");
            smtp.send("DATA").expect("354");
            smtp.send("Subject: small\r\n\r\nfits\r\n.").expect("250");
        }
        List<Path> files = new MailDrop(directory).files();
        assertEquals(1, files.size());
        assertEquals("small", MailDrop.parse(files.get(0)).getSubject());
    }

    @Test
    void takesMessagesOverSeveralConnectionsAtOnce() throws Exception {
        Session session = session();
        InternetAddress from = new InternetAddress("no-reply@onenumber.local");
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> sends = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String subject = "parallel " + i;
                sends.add(() -> {
                    Transport.send(MimeMessages.build(session, from,
                            new Email(null, "TEST", "user@test.local", subject, "body", null), null));
                    return null;
                });
            }
            for (Future<Void> send : clients.invokeAll(sends)) {
                send.get();
            }
        } finally {
            clients.shutdownNow();
        }
        List<String> subjects = new MailDrop(directory).newest(100).stream().map(MailDrop.Summary::subject).toList();
        assertEquals(12, subjects.size(), "every message kept in a file of its own: " + subjects);
        assertEquals(12, subjects.stream().distinct().count(), subjects.toString());
    }

    /** A plain-socket SMTP client, for what Jakarta Mail would never send. */
    private static final class Conversation implements AutoCloseable {

        private final Socket socket;
        private final BufferedReader in;
        private final OutputStream out;

        Conversation(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(10_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = socket.getOutputStream();
        }

        Conversation send(String lines) throws IOException {
            out.write((lines + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return this;
        }

        /** Reads one reply (all its lines) and checks its code. */
        void expect(String code) throws IOException {
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    throw new AssertionError("connection closed, expected " + code);
                }
            } while (line.length() > 3 && line.charAt(3) == '-');
            assertTrue(line.startsWith(code), "expected " + code + " but got " + line);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
