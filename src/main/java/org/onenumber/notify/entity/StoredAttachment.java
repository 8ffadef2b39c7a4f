package org.onenumber.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Base64;

/**
 * An attachment as the outbox keeps it. The bytes are stored as base64 text: binary column types
 * differ between H2 and PostgreSQL, a long varchar does not. A QR code drawn when sent keeps its text and size
 * instead (V26).
 */
@Embeddable
public class StoredAttachment {

    /** The longest base64 text a column holds (V5): about 750 KB of file. */
    public static final int MAX_BASE64 = 1_000_000;

    /** The longest QR code text a column holds (V26): more than a QR code carries. */
    public static final int MAX_QR_TEXT = 4096;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "content_id")
    private String contentId;

    @Column(name = "content_base64")
    private String contentBase64;

    @Column(name = "qr_text")
    private String qrText;

    @Column(name = "qr_size_px")
    private Integer qrSizePx;

    protected StoredAttachment() {
    }

    public StoredAttachment(Attachment attachment) {
        this.fileName = attachment.fileName();
        this.contentType = attachment.contentType();
        this.contentId = attachment.contentId();
        if (attachment.isQrCode()) {
            if (attachment.qrText().length() > MAX_QR_TEXT) {
                throw new IllegalArgumentException("QR code " + fileName + " carries more than " + MAX_QR_TEXT
                        + " characters");
            }
            this.qrText = attachment.qrText();
            this.qrSizePx = attachment.qrSizePx();
            return;
        }
        this.contentBase64 = Base64.getEncoder().encodeToString(attachment.content());
        if (contentBase64.length() > MAX_BASE64) {
            throw new IllegalArgumentException("Attachment " + fileName + " is larger than an email may carry ("
                    + attachment.content().length + " bytes)");
        }
    }

    public Attachment toAttachment() {
        return qrText != null
                ? new Attachment(fileName, contentType, null, contentId, qrText, qrSizePx)
                : new Attachment(fileName, contentType, Base64.getDecoder().decode(contentBase64), contentId);
    }

    public String getFileName() {
        return fileName;
    }
}
