package org.onenumber.notify.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The directory where {@link SmtpSink} leaves received messages, read as a mailbox: newest first for
 * a person, oldest first for a test waiting for its email. Only names the sink writes are read, so a
 * name taken from a request cannot reach another file.
 */
public final class MailDrop {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{13})-\\d{6}\\.eml");
    private static final Session PARSING = Session.getInstance(new Properties());

    /** One line of the mailbox. */
    public record Summary(String file, Instant received, String to, String subject) implements Serializable {
    }

    /** One header line, its value decoded. */
    public record HeaderLine(String name, String value) implements Serializable {
    }

    /** One message as a person reads it: the HTML already has its inline images as data URIs. */
    public record Message(String file, Instant received, String from, String to, String subject,
                          List<HeaderLine> headers, String text, String html, List<String> fileNames) implements Serializable {
    }

    private final Path directory;

    public MailDrop(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** The message files in the order they arrived; none while the directory does not exist. */
    public List<Path> files() {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest {@code max} messages, newest first, from their headers alone. */
    public List<Summary> newest(int max) {
        return newest(max, null);
    }

    /**
     * The newest {@code max} messages queued by callers of {@code carrier} (every message when null), newest first,
     * from their headers alone.
     */
    public List<Summary> newest(int max, String carrier) {
        return window(0, max, carrier, null);
    }

    /**
     * A page of the messages queued by callers of {@code carrier} for {@code account} (each when null), newest first,
     * from their headers alone: {@code max} of them after the {@code first}.
     */
    public List<Summary> window(int first, int max, String carrier, String account) {
        List<Summary> summaries = new ArrayList<>();
        scan(carrier, account, (index, summary) -> {
            if (index >= first) {
                summaries.add(summary);
            }
            return summaries.size() < max;
        });
        return summaries;
    }

    /** How many messages {@link #window} pages through. */
    public int count(String carrier, String account) {
        int[] count = {0};
        scan(carrier, account, (index, summary) -> {
            count[0]++;
            return true;
        });
        return count[0];
    }

    /** What a scan does with the {@code index}-th message that matches; false ends the scan. */
    private interface Visit {
        boolean matched(int index, Summary summary);
    }

    private void scan(String carrier, String account, Visit visit) {
        List<Path> files = new ArrayList<>(files());
        Collections.reverse(files);
        int index = 0;
        for (Path file : files) {
            Summary summary;
            try (InputStream in = Files.newInputStream(file)) {
                InternetHeaders headers = new InternetHeaders(in);
                if (carrier != null && !carrier.equals(headers.getHeader(MimeMessages.CARRIER_HEADER, ","))
                        || account != null && !account.equals(headers.getHeader(MimeMessages.ACCOUNT_HEADER, ","))) {
                    continue;
                }
                summary = new Summary(file.getFileName().toString(), received(file),
                        decoded(headers.getHeader("To", ", ")), decoded(headers.getHeader("Subject", " ")));
            } catch (NoSuchFileException gone) {
                continue; // removed by a person while the list was read
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (MessagingException e) {
                if (account != null) {
                    continue;
                }
                summary = new Summary(file.getFileName().toString(), received(file), "", "(unreadable: " + e.getMessage() + ")");
            }
            if (!visit.matched(index++, summary)) {
                return;
            }
        }
    }

    /** The message stored as {@code file}, or null when there is no such message. */
    public Message open(String file) {
        return open(file, null);
    }

    /** The message stored as {@code file} if callers of {@code carrier} queued it (any when null), or null. */
    public Message open(String file, String carrier) {
        if (file == null || !FILE_NAME.matcher(file).matches() || !Files.isRegularFile(directory.resolve(file))) {
            return null;
        }
        Path path = directory.resolve(file);
        MimeMessage message = parse(path);
        try {
            if (carrier != null && !carrier.equals(message.getHeader(MimeMessages.CARRIER_HEADER, ","))) {
                return null;
            }
            return new Message(file, received(path), decoded(message.getHeader("From", ", ")),
                    decoded(message.getHeader("To", ", ")), message.getSubject(),
                    Collections.list(message.getAllHeaders()).stream().map(h -> new HeaderLine(h.getName(), decoded(h.getValue()))).toList(),
                    MimeContent.text(message), MimeContent.htmlWithImages(message), MimeContent.fileNames(message));
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Unreadable message " + file + ": " + e.getMessage(), e);
        }
    }

    public static MimeMessage parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(PARSING, in); // reads the whole message: the file can be closed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Unreadable message " + file + ": " + e.getMessage(), e);
        }
    }

    private static Instant received(Path file) {
        var name = FILE_NAME.matcher(file.getFileName().toString());
        return name.matches() ? Instant.ofEpochMilli(Long.parseLong(name.group(1))) : Instant.EPOCH;
    }

    private static String decoded(String header) {
        if (header == null) {
            return "";
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(header));
        } catch (UnsupportedEncodingException e) {
            return header;
        }
    }
}
