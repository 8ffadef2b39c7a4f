package org.onenumber.notify.control;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onenumber.notify.entity.Attachment;
import org.onenumber.notify.entity.Email;

class EmailQueueTest {

    @Test
    void aQrCodeNoCodeCarriesIsRefusedWhenQueuedBeforeAnythingIsStored() {
        EmailQueue queue = new EmailQueue(); // no entity manager: a refusal must come before the email is stored
        String tooLong = "a".repeat(QrCode.MAX_BYTES + 1);
        Email email = new Email(1L, "PROVISIONING", "ann@example.com", "Set up", "Scan it", "<img src=\"cid:qr\">",
                List.of(Attachment.inlineQrCode("qr", "qr.png", tooLong, 240)));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> queue.queue(7L, email));

        assertTrue(refused.getMessage().contains("QR code"), refused.getMessage());
    }
}
