package org.onenumber.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.onenumber.notify.QrCodes;
import org.onenumber.notify.entity.Attachment;
import org.onenumber.notify.entity.Email;

class MimeMessagesTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    /** The message as a receiver parses it from the bytes on the wire. */
    private static MimeMessage sent(Email email) throws Exception {
        MimeMessage built = MimeMessages.build(SESSION, new InternetAddress("OneNumber <no-reply@onenumber.local>"), email, null);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        built.writeTo(wire);
        return new MimeMessage(SESSION, new ByteArrayInputStream(wire.toByteArray()));
    }

    private static String type(Part part) throws Exception {
        return part.getContentType().split(";")[0].trim().toLowerCase();
    }

    private static Part child(Part part, int index) throws Exception {
        return ((Multipart) part.getContent()).getBodyPart(index);
    }

    @Test
    void aTextOnlyEmailIsOnePlainPart() throws Exception {
        MimeMessage message = sent(new Email(1L, "SETTINGS_CHANGED", "a@example.com", "Changed", "Your settings changed.", null));

        assertEquals("text/plain", type(message));
        assertEquals("Your settings changed.", MimeContent.text(message));
        assertNull(MimeContent.html(message));
        assertEquals("OneNumber <no-reply@onenumber.local>", message.getFrom()[0].toString());
        assertEquals("SETTINGS_CHANGED", message.getHeader(MimeMessages.KIND_HEADER, null));
    }

    @Test
    void htmlWithAnInlineImageIsAlternativeWithTheHtmlRelatedToItsImage() throws Exception {
        MimeMessage message = sent(new Email(1L, "WELCOME", "a@example.com, b@example.com", "Welcome", "Hello Ann",
                "<p>Hello <b>Ann</b></p><img src=\"cid:logo\">", List.of(Attachment.inline("logo", "logo.png", "image/png", PNG))));

        assertEquals("multipart/alternative", type(message));
        assertEquals("text/plain", type(child(message, 0)));
        Part related = child(message, 1);
        assertEquals("multipart/related", type(related));
        assertEquals("text/html", type(child(related, 0)));
        Part image = child(related, 1);
        assertEquals("image/png", type(image));
        assertEquals(Part.INLINE, image.getDisposition());
        assertEquals(2, message.getRecipients(MimeMessage.RecipientType.TO).length);
        assertEquals("Hello Ann", MimeContent.text(message));
        assertEquals("<p>Hello <b>Ann</b></p><img src=\"cid:logo\">", MimeContent.html(message));
        assertEquals(List.of("logo"), MimeContent.inlineImages(message).stream().map(MimeContent.InlineImage::contentId).toList());
    }

    @Test
    void anOrdinaryAttachmentMakesTheMessageMixed() throws Exception {
        MimeMessage message = sent(new Email(null, "REPORT", "a@example.com", "Report", "See the file.", "<p>See the file.</p>",
                List.of(new Attachment("report.csv", "text/csv", "a,b\n1,2\n".getBytes(), null))));

        assertEquals("multipart/mixed", type(message));
        assertEquals("multipart/alternative", type(child(message, 0)));
        Part file = child(message, 1);
        assertEquals(Part.ATTACHMENT, file.getDisposition());
        assertEquals("report.csv", file.getFileName());
        assertEquals("See the file.", MimeContent.text(message), "the attachment is not taken for the body");
        assertTrue(MimeContent.inlineImages(message).isEmpty());
    }

    @Test
    void aQrCodeAttachmentIsDrawnAsThePngItsReaderScans() throws Exception {
        String link = "onenumber-mobility://provision?subscriber=5125550100&extension=7100";
        MimeMessage message = sent(new Email(1L, "PROVISIONING", "a@example.com", "Set up", "Scan it",
                "<img src=\"cid:provisioning-qr\">", List.of(Attachment.inlineQrCode("provisioning-qr", "qr.png", link, 240))));

        List<MimeContent.InlineImage> images = MimeContent.inlineImages(message);
        assertEquals(1, images.size());
        assertEquals("image/png", images.get(0).contentType());
        assertEquals(link, QrCodes.decode(images.get(0).content()));
    }
}
