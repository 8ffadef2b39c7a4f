package org.onenumber.notify.control;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Reads what a received message holds, whatever its nesting of multiparts: the text, the HTML, the
 * inline images and the attachments' names. The Mailbox page and the tests look at mail through it.
 * A message that cannot be parsed is a bug in the sender, so failures are unchecked.
 */
public final class MimeContent {

    /** An inline image: {@code contentId} without the angle brackets, as HTML refers to it after {@code cid:}. */
    public record InlineImage(String contentId, String contentType, byte[] content) {

        public String dataUri() {
            return "data:" + contentType + ";base64," + Base64.getEncoder().encodeToString(content);
        }
    }

    private MimeContent() {
    }

    /** The plain text body, null when there is none. */
    public static String text(Part message) {
        return firstBody(message, "text/plain");
    }

    /** The HTML body as sent (with {@code cid:} references), null when there is none. */
    public static String html(Part message) {
        return firstBody(message, "text/html");
    }

    /** The HTML body with each {@code cid:} reference replaced by a data URI, so a browser shows the images. */
    public static String htmlWithImages(Part message) {
        String html = html(message);
        if (html == null) {
            return null;
        }
        for (InlineImage image : inlineImages(message)) {
            html = html.replace("cid:" + image.contentId(), image.dataUri());
        }
        return html;
    }

    /** The parts that carry a Content-ID, in message order. */
    public static List<InlineImage> inlineImages(Part message) {
        List<InlineImage> images = new ArrayList<>();
        for (Part part : leaves(message, p -> contentId(p) != null)) {
            images.add(new InlineImage(contentId(part), baseType(part), bytes(part)));
        }
        return images;
    }

    /** The file names of all parts that have one, inline images included. */
    public static List<String> fileNames(Part message) {
        List<String> names = new ArrayList<>();
        for (Part part : leaves(message, p -> fileName(p) != null)) {
            names.add(fileName(part));
        }
        return names;
    }

    private static String firstBody(Part message, String type) {
        return leaves(message, p -> is(p, type) && fileName(p) == null && !Part.ATTACHMENT.equalsIgnoreCase(disposition(p)))
                .stream().findFirst().map(MimeContent::string).orElse(null);
    }

    /** The non-multipart parts, depth first, that {@code wanted} accepts. */
    private static List<Part> leaves(Part root, Predicate<Part> wanted) {
        List<Part> found = new ArrayList<>();
        collect(root, wanted, found);
        return found;
    }

    private static void collect(Part part, Predicate<Part> wanted, List<Part> found) {
        try {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, wanted, found);
                }
            } else if (wanted.test(part)) {
                found.add(part);
            }
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Unreadable MIME structure: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean is(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String baseType(Part part) {
        try {
            String type = part.getContentType();
            int parameters = type.indexOf(';');
            return (parameters < 0 ? type : type.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            return "application/octet-stream";
        }
    }

    private static String contentId(Part part) {
        try {
            String id = part instanceof MimeBodyPart mime ? mime.getContentID() : null;
            return id == null ? null : id.replaceAll("^<|>$", "");
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null ? null : MimeUtility.decodeText(name);
        } catch (MessagingException | IOException e) {
            return null;
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String string(Part part) {
        try {
            Object content = part.getContent();
            return content instanceof String text ? text : new String(bytes(part), StandardCharsets.UTF_8);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Unreadable body: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Unreadable part: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
