package org.onenumber.notify.entity;

import java.util.List;
import java.util.Objects;

/**
 * One email as a capability asks for it. {@code kind} is a short tag (WELCOME, PROVISIONING,
 * SETTINGS_CHANGED) that support and tests count by; {@code accountId} is the account it is about, null
 * for none. {@code html} may be null for a text-only message; the text is always sent, as the
 * alternative for mail readers that show no HTML.
 */
public record Email(Long accountId, String kind, String to, String subject, String text, String html,
                    List<Attachment> attachments) {

    public static final int MAX_KIND = 40;

    public Email {
        if (kind == null || kind.isBlank() || kind.length() > MAX_KIND) {
            throw new IllegalArgumentException("An email's kind is a tag of 1 to " + MAX_KIND + " characters: " + kind);
        }
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("An email needs a recipient");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Email(Long accountId, String kind, String to, String subject, String text, String html) {
        this(accountId, kind, to, subject, text, html, List.of());
    }
}
