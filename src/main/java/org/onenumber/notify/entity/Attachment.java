package org.onenumber.notify.entity;

import java.util.Objects;

/**
 * A file sent with an email. With a {@code contentId} it is an inline part that the HTML shows as
 * {@code <img src="cid:CONTENT-ID">} (a QR code, a logo); without one it is an ordinary attachment.
 */
public record Attachment(String fileName, String contentType, byte[] content, String contentId) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    /** An image shown in the HTML where it says {@code cid:contentId}. */
    public static Attachment inline(String contentId, String fileName, String contentType, byte[] content) {
        return new Attachment(fileName, contentType, content, Objects.requireNonNull(contentId, "contentId"));
    }

    public boolean isInline() {
        return contentId != null;
    }
}
