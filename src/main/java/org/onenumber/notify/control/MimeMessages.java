package org.onenumber.notify.control;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.onenumber.notify.entity.Attachment;
import org.onenumber.notify.entity.Email;

/**
 * Turns an {@link Email} into the MIME structure mail readers expect: the text and the HTML as
 * multipart/alternative (readers show the last one they can), the HTML wrapped in multipart/related
 * with its inline images so that {@code cid:} references resolve, and multipart/mixed around it all
 * when there are ordinary attachments. A QR code attachment is drawn here, as the message is built for sending.
 */
public final class MimeMessages {

    /** Header that tags a message with its kind, for support and tests reading the mail. */
    public static final String KIND_HEADER = "X-OneNumber-Kind";
    /** The carrier whose caller queued the message: the embedded sink shows each carrier's support its own only. */
    public static final String CARRIER_HEADER = "X-OneNumber-Carrier";
    /** The account the message was queued for, when one: support's mailbox narrows to one account by it. */
    public static final String ACCOUNT_HEADER = "X-OneNumber-Account";

    private static final String UTF_8 = "UTF-8";

    private MimeMessages() {
    }

    public static MimeMessage build(Session session, InternetAddress from, Email email, Long carrierId) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(email.to(), false));
        message.setSubject(email.subject(), UTF_8);
        message.setSentDate(Date.from(Instant.now()));
        message.setHeader(KIND_HEADER, email.kind());
        if (carrierId != null) {
            message.setHeader(CARRIER_HEADER, carrierId.toString());
        }

        List<Attachment> inline = email.attachments().stream().filter(Attachment::isInline).toList();
        List<Attachment> files = email.attachments().stream().filter(a -> !a.isInline()).toList();
        if (files.isEmpty() && email.html() == null) {
            message.setText(email.text(), UTF_8, "plain");
        } else if (files.isEmpty()) {
            message.setContent(alternative(email, inline));
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(email.html() == null ? text(email.text()) : wrap(alternative(email, inline)));
            for (Attachment file : files) {
                mixed.addBodyPart(part(file, Part.ATTACHMENT));
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static MimeMultipart alternative(Email email, List<Attachment> inline) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text(email.text()));
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), UTF_8, "html");
        if (inline.isEmpty()) {
            alternative.addBodyPart(html);
        } else {
            MimeMultipart related = new MimeMultipart("related");
            related.addBodyPart(html);
            for (Attachment image : inline) {
                related.addBodyPart(part(image, Part.INLINE));
            }
            alternative.addBodyPart(wrap(related));
        }
        return alternative;
    }

    private static MimeBodyPart text(String text) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, UTF_8, "plain");
        return part;
    }

    private static MimeBodyPart part(Attachment attachment, String disposition) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        byte[] content = attachment.isQrCode() ? QrCode.png(attachment.qrText(), attachment.qrSizePx()) : attachment.content();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, attachment.contentType())));
        part.setFileName(attachment.fileName());
        part.setDisposition(disposition);
        if (attachment.contentId() != null) {
            part.setContentID("<" + attachment.contentId() + ">");
        }
        return part;
    }

    private static MimeBodyPart wrap(MimeMultipart multipart) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        return part;
    }
}
