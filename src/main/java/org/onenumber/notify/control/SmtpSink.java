package org.onenumber.notify.control;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small SMTP server (RFC 5321: HELO/EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) on loopback that
 * accepts every message and keeps it as a raw MIME file, {@code EPOCHMILLIS-SEQ.eml}, in one directory:
 * file names sort by arrival, and a file appears whole (written aside, then moved) so a reader polling
 * the directory never sees half a message. Nothing is relayed. It is what the embedded default sends
 * to, so that a person can read every email without a mail server.
 */
public final class SmtpSink implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SmtpSink.class.getName());
    private static final String NAME = "onenumber-smtp-sink";
    private static final int MAX_CONNECTIONS = 32;
    private static final int MAX_RECIPIENTS = 100;
    private static final int MAX_COMMAND_LINE = 2048;
    private static final int IDLE_TIMEOUT_MILLIS = 300_000;
    private static final Pattern MAIL_FROM = Pattern.compile("MAIL FROM:\\s*<([^>]*)>(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RCPT_TO = Pattern.compile("RCPT TO:\\s*<([^>]+)>.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE = Pattern.compile("(?i).*\\bSIZE=(\\d{1,18}).*");

    private final ServerSocket server;
    private final Path directory;
    private final int maxMessageBytes;
    private final ExecutorService connections;
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong sequence = new AtomicLong();
    private volatile boolean closed;

    private SmtpSink(ServerSocket server, Path directory, int maxMessageBytes) {
        this.server = server;
        this.directory = directory;
        this.maxMessageBytes = maxMessageBytes;
        this.connections = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, NAME + "-connection");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Listens on 127.0.0.1:{@code port} (0: any free port) and stores messages in {@code directory}. */
    public static SmtpSink start(int port, Path directory, int maxMessageBytes) throws IOException {
        Files.createDirectories(directory);
        ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        SmtpSink sink = new SmtpSink(server, directory, maxMessageBytes);
        Thread acceptor = new Thread(sink::accept, NAME + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return sink;
    }

    public int port() {
        return server.getLocalPort();
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.fine(() -> "Closing the SMTP sink: " + e.getMessage());
        }
        open.forEach(SmtpSink::closeQuietly);
        connections.shutdownNow();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                if (!slots.tryAcquire()) {
                    refuse(socket);
                    continue;
                }
                open.add(socket);
                connections.execute(() -> {
                    try {
                        new Conversation(socket).run();
                    } finally {
                        open.remove(socket);
                        closeQuietly(socket);
                        slots.release();
                    }
                });
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "SMTP sink could not accept a connection", e);
                }
            }
        }
    }

    private static void refuse(Socket socket) {
        try (socket) {
            socket.getOutputStream().write("421 Too many connections, try again later\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            LOG.fine(() -> "Refusing a connection: " + e.getMessage());
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.fine(() -> "Closing a connection: " + e.getMessage());
        }
    }

    /** Writes the message aside, then moves it under its final name in one step. */
    private Path store(byte[] message) throws IOException {
        String name = String.format("%013d-%06d.eml", System.currentTimeMillis(), sequence.incrementAndGet());
        Path partial = Files.createTempFile(directory, ".receiving-", ".part");
        try {
            Files.write(partial, message);
            return Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** One client connection: the SMTP dialogue, one transaction after another. */
    private final class Conversation {

        private final Socket socket;
        private InputStream in;
        private OutputStream out;
        private String helo;
        private String sender;
        private final List<String> recipients = new ArrayList<>();

        Conversation(Socket socket) {
            this.socket = socket;
        }

        void run() {
            try {
                socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
                in = new BufferedInputStream(socket.getInputStream());
                out = socket.getOutputStream();
                reply("220 " + NAME + " ESMTP ready");
                String line;
                while ((line = readCommand()) != null) {
                    if (!handle(line)) {
                        return;
                    }
                }
            } catch (SocketException e) {
                LOG.fine(() -> "SMTP connection ended: " + e.getMessage());
            } catch (IOException e) {
                LOG.log(Level.FINE, "SMTP connection failed", e);
            }
        }

        /** Handles one command; false when the conversation is over. */
        private boolean handle(String line) throws IOException {
            String verb = (line.length() < 4 ? line : line.substring(0, 4)).toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO" -> {
                    helo = argument(line);
                    reset();
                    reply("250-" + NAME + " greets " + helo, "250-SIZE " + maxMessageBytes, "250-8BITMIME", "250 SMTPUTF8");
                }
                case "HELO" -> {
                    helo = argument(line);
                    reset();
                    reply("250 " + NAME);
                }
                case "MAIL" -> mail(line);
                case "RCPT" -> recipient(line);
                case "DATA" -> data();
                case "RSET" -> {
                    reset();
                    reply("250 OK");
                }
                case "NOOP" -> reply("250 OK");
                case "VRFY" -> reply("252 Cannot verify, but will accept the message");
                case "QUIT" -> {
                    reply("221 " + NAME + " closing");
                    return false;
                }
                default -> reply("500 Command not recognised");
            }
            return true;
        }

        private void mail(String line) throws IOException {
            Matcher from = MAIL_FROM.matcher(line);
            Matcher size = SIZE.matcher(line);
            if (helo == null) {
                reply("503 Say HELO or EHLO first");
            } else if (sender != null) {
                reply("503 Nested MAIL command");
            } else if (!from.matches()) {
                reply("501 Syntax: MAIL FROM:<address>");
            } else if (size.matches() && Long.parseLong(size.group(1)) > maxMessageBytes) {
                reply("552 Message size exceeds the limit of " + maxMessageBytes + " bytes");
            } else {
                sender = from.group(1);
                reply("250 OK");
            }
        }

        private void recipient(String line) throws IOException {
            Matcher to = RCPT_TO.matcher(line);
            if (sender == null) {
                reply("503 Need MAIL before RCPT");
            } else if (!to.matches()) {
                reply("501 Syntax: RCPT TO:<address>");
            } else if (recipients.size() >= MAX_RECIPIENTS) {
                reply("452 Too many recipients");
            } else {
                recipients.add(to.group(1));
                reply("250 OK");
            }
        }

        private void data() throws IOException {
            if (recipients.isEmpty()) {
                reply("503 Need RCPT before DATA");
                return;
            }
            reply("354 End data with <CR><LF>.<CR><LF>");
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            message.writeBytes(received().getBytes(StandardCharsets.UTF_8));
            long size = 0;
            byte[] line;
            while ((line = readLine(maxMessageBytes)) != null) {
                if (line.length == 1 && line[0] == '.') {
                    break;
                }
                int start = line.length > 0 && line[0] == '.' ? 1 : 0; // dot-stuffing, RFC 5321 4.5.2
                size += line.length - start + 2;
                if (size <= maxMessageBytes) {
                    message.write(line, start, line.length - start);
                    message.write('\r');
                    message.write('\n');
                }
            }
            if (line == null) {
                return; // the client left in the middle of the message, which is therefore not kept
            }
            if (size > maxMessageBytes) {
                reply("552 Message size exceeds the limit of " + maxMessageBytes + " bytes");
            } else {
                Path stored = store(message.toByteArray());
                reply("250 OK stored as " + stored.getFileName());
            }
            reset();
        }

        /** The trace header a receiving server adds (RFC 5321 4.4), naming the envelope. */
        private String received() {
            return "Return-Path: <" + sender + ">\r\n"
                    + "Received: from " + helo + " by " + NAME + " for <" + String.join(">, <", recipients) + ">; "
                    + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()) + "\r\n";
        }

        private void reset() {
            sender = null;
            recipients.clear();
        }

        private String argument(String line) {
            String rest = line.length() > 4 ? line.substring(4).trim() : "";
            return rest.isEmpty() ? "unknown" : rest;
        }

        private String readCommand() throws IOException {
            byte[] line = readLine(MAX_COMMAND_LINE);
            while (line != null && line.length > MAX_COMMAND_LINE) {
                reply("500 Line too long");
                line = readLine(MAX_COMMAND_LINE);
            }
            return line == null ? null : new String(line, StandardCharsets.UTF_8);
        }

        /**
         * One line without its CRLF (a bare LF ends one too), null at the end of the stream. A line
         * longer than {@code max} is read to its end and returned as {@code max + 1} bytes.
         */
        private byte[] readLine(int max) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return Arrays.copyOf(bytes, Math.min(length, max + 1));
                }
                if (line.size() <= max) {
                    line.write(b);
                }
            }
            return null;
        }

        private void reply(String... lines) throws IOException {
            StringBuilder text = new StringBuilder();
            for (String line : lines) {
                text.append(line).append("\r\n");
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
