package org.onenumber.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.onenumber.notify.control.MailDrop;
import org.onenumber.notify.control.MimeContent;

/**
 * The mail the embedded SMTP sink received, for integration tests: the sink's directory, {@code mail} in
 * the server's data directory. Messages come oldest first. Tests share the server, so a test looks for
 * its own email (by recipient or subject) rather than counting all.
 */
public final class Mailbox {

    private final MailDrop drop;

    public Mailbox(Path directory) {
        this.drop = new MailDrop(directory);
    }

    public Path directory() {
        return drop.directory();
    }

    /** Every message received so far, oldest first. */
    public List<MimeMessage> messages() {
        return drop.files().stream().map(MailDrop::parse).toList();
    }

    /**
     * Waits until at least {@code count} received messages match, and returns those that match,
     * oldest first; fails with the subjects and recipients that did arrive when the time is up.
     */
    public List<MimeMessage> awaitMessages(Predicate<MimeMessage> matching, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<MimeMessage> all = messages();
            List<MimeMessage> found = all.stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("expected " + count + " matching message(s) in " + directory() + " within " + timeout
                        + " but " + found.size() + " matched; received: "
                        + all.stream().map(m -> to(m) + " \"" + subject(m) + "\"").toList());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for mail", e);
            }
        }
    }

    /** Waits for the one message to {@code recipient} that {@code matching} accepts. */
    public MimeMessage awaitMessageTo(String recipient, Predicate<MimeMessage> matching, Duration timeout) {
        return awaitMessages(m -> to(m).stream().anyMatch(to -> to.contains(recipient)) && matching.test(m), 1, timeout).get(0);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError("unreadable subject", e);
        }
    }

    /** The To addresses, as written. */
    public static List<String> to(MimeMessage message) {
        try {
            var to = message.getRecipients(MimeMessage.RecipientType.TO);
            return to == null ? List.of() : Arrays.stream(to).map(String::valueOf).toList();
        } catch (MessagingException e) {
            throw new AssertionError("unreadable recipients", e);
        }
    }

    /** The value of a header such as {@code X-OneNumber-Kind}, null when absent. */
    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ", ");
        } catch (MessagingException e) {
            throw new AssertionError("unreadable header " + name, e);
        }
    }

    public static String text(MimeMessage message) {
        return MimeContent.text(message);
    }

    public static String html(MimeMessage message) {
        return MimeContent.html(message);
    }

    /** The contents of the parts the HTML refers to by {@code cid:}, in message order. */
    public static List<byte[]> inlineImages(MimeMessage message) {
        return MimeContent.inlineImages(message).stream().map(MimeContent.InlineImage::content).toList();
    }
}
