package org.onenumber.notify.entity;

import java.util.Objects;

/**
 * A file sent with an email. With a {@code contentId} it is an inline part that the HTML shows as
 * {@code <img src="cid:CONTENT-ID">} (a QR code, a logo); without one it is an ordinary attachment.
 * <p>
 * Its content is either bytes, or the text of a QR code ({@code qrText}, with the image's size in pixels) that is drawn
 * as a PNG when the email is sent: the outbox keeps the text (a few hundred characters instead of a kilobyte and a
 * half of image), and the caller that queues the email does not wait for the drawing, which costs more than the rest
 * of an enablement's email.
 */
public record Attachment(String fileName, String contentType, byte[] content, String contentId, String qrText,
                         int qrSizePx) {

    /** The largest QR code image an email carries, in pixels a side. */
    public static final int MAX_QR_SIZE_PX = 1000;

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        if ((content == null) == (qrText == null)) {
            throw new IllegalArgumentException("Attachment " + fileName
                    + " needs either its bytes or a QR code's text");
        }
        if (qrText != null && (qrSizePx <= 0 || qrSizePx > MAX_QR_SIZE_PX)) {
            throw new IllegalArgumentException("QR code " + fileName + " needs a size of 1 to " + MAX_QR_SIZE_PX
                    + " pixels");
        }
    }

    /** A file of these bytes. */
    public Attachment(String fileName, String contentType, byte[] content, String contentId) {
        this(fileName, contentType, Objects.requireNonNull(content, "content"), contentId, null, 0);
    }

    /** An image shown in the HTML where it says {@code cid:contentId}. */
    public static Attachment inline(String contentId, String fileName, String contentType, byte[] content) {
        return new Attachment(fileName, contentType, content, Objects.requireNonNull(contentId, "contentId"));
    }

    /**
     * A QR code of {@code text}, a PNG of about {@code sizePx} pixels drawn when sent, shown where the HTML says
     * {@code cid:contentId}.
     */
    public static Attachment inlineQrCode(String contentId, String fileName, String text, int sizePx) {
        return new Attachment(fileName, "image/png", null, Objects.requireNonNull(contentId, "contentId"),
                Objects.requireNonNull(text, "text"), sizePx);
    }

    public boolean isInline() {
        return contentId != null;
    }

    /** True when the content is a QR code drawn when sent ({@link #qrText()}), not {@link #content()}. */
    public boolean isQrCode() {
        return qrText != null;
    }
}
