package org.onenumber.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Base64;

/**
 * An attachment as the outbox keeps it. The bytes are stored as base64 text: binary column types
 * differ between H2 and PostgreSQL, a long varchar does not.
 */
@Embeddable
public class StoredAttachment {

    /** The longest base64 text a column holds (V5): about 750 KB of file. */
    public static final int MAX_BASE64 = 1_000_000;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "content_id")
    private String contentId;

    @Column(name = "content_base64", nullable = false)
    private String contentBase64;

    protected StoredAttachment() {
    }

    public StoredAttachment(Attachment attachment) {
        this.fileName = attachment.fileName();
        this.contentType = attachment.contentType();
        this.contentId = attachment.contentId();
        this.contentBase64 = Base64.getEncoder().encodeToString(attachment.content());
        if (contentBase64.length() > MAX_BASE64) {
            throw new IllegalArgumentException("Attachment " + fileName + " is larger than an email may carry ("
                    + attachment.content().length + " bytes)");
        }
    }

    public Attachment toAttachment() {
        return new Attachment(fileName, contentType, Base64.getDecoder().decode(contentBase64), contentId);
    }

    public String getFileName() {
        return fileName;
    }
}
