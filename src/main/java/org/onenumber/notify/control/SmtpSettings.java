package org.onenumber.notify.control;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/**
 * Where and how the dispatcher reaches the mail server, made into a Jakarta Mail session from
 * MicroProfile Config rather than a server-side mail resource, so the embedded default, the tests and
 * production differ in configuration only. A blank user means the server takes mail without login.
 * Time-outs are short: a server that does not answer must not hold the dispatcher for minutes.
 */
public record SmtpSettings(String host, int port, String user, String password, boolean startTls) {

    private static final String TIMEOUT_MILLIS = "10000";

    public boolean authenticates() {
        return user != null && !user.isBlank();
    }

    public Session session() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.auth", String.valueOf(authenticates()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        if (!authenticates()) {
            return Session.getInstance(properties);
        }
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password == null ? "" : password);
            }
        });
    }

    @Override
    public String toString() {
        return host + ":" + port + (authenticates() ? " as " + user : "") + (startTls ? " with STARTTLS" : "");
    }
}
