package org.onenumber.notify.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutgoingEmailTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(2);

    private static OutgoingEmail queued() {
        return new OutgoingEmail(new Email(5L, "WELCOME", "ann@example.com", "Welcome", "Hi", "<p>Hi</p>",
                List.of(Attachment.inline("qr", "qr.png", "image/png", new byte[] {1, 2, 3}))), NOW);
    }

    @Test
    void keepsTheEmailAsQueuedAttachmentsIncluded() {
        Email email = queued().toEmail();

        assertEquals("ann@example.com", email.to());
        assertEquals("qr", email.attachments().get(0).contentId());
        assertArrayEquals(new byte[] {1, 2, 3}, email.attachments().get(0).content());
    }

    @Test
    void keepsAQrCodeAsItsTextToBeDrawnWhenSent() {
        Email email = new OutgoingEmail(new Email(5L, "PROVISIONING", "ann@example.com", "Set up", "Scan", null,
                List.of(Attachment.inlineQrCode("qr", "qr.png", "onenumber-mobility://provision?extension=7100", 240))),
                NOW).toEmail();

        Attachment qr = email.attachments().get(0);
        assertTrue(qr.isQrCode());
        assertNull(qr.content());
        assertEquals("onenumber-mobility://provision?extension=7100", qr.qrText());
        assertEquals(240, qr.qrSizePx());
        assertEquals("qr", qr.contentId());
    }

    @Test
    void anAttachmentIsEitherBytesOrAQrCodeOfABoundedSize() {
        assertThrows(IllegalArgumentException.class, () -> new Attachment("x.png", "image/png", new byte[] {1}, "x", "text", 240));
        assertThrows(IllegalArgumentException.class, () -> new Attachment("x.png", "image/png", null, "x", null, 0));
        assertThrows(IllegalArgumentException.class, () -> Attachment.inlineQrCode("x", "x.png", "text", 0));
        assertThrows(IllegalArgumentException.class, () -> Attachment.inlineQrCode("x", "x.png", "text", Attachment.MAX_QR_SIZE_PX + 1));
    }

    @Test
    void aFailedAttemptWaitsLongerEachTimeAndFailsWhenTheBudgetIsSpent() {
        OutgoingEmail email = queued();

        email.attemptFailed("451 try later", true, NOW, 3, FIRST_PAUSE);
        assertEquals(OutgoingEmail.Status.QUEUED, email.getStatus());
        assertEquals(NOW.plusSeconds(2), email.getNextAttemptAt());
        email.attemptFailed("451 try later", true, NOW, 3, FIRST_PAUSE);
        assertEquals(NOW.plusSeconds(4), email.getNextAttemptAt());
        email.attemptFailed("451 still later", true, NOW, 3, FIRST_PAUSE);

        assertEquals(OutgoingEmail.Status.FAILED, email.getStatus());
        assertEquals(3, email.getAttempts());
        assertEquals("451 still later", email.getLastError());
    }

    @Test
    void aRefusedRecipientFailsAtOnce() {
        OutgoingEmail email = queued();

        email.attemptFailed("550 no such user", false, NOW, 8, FIRST_PAUSE);

        assertEquals(OutgoingEmail.Status.FAILED, email.getStatus());
    }

    @Test
    void anUnreachableServerSpendsNoAttempt() {
        OutgoingEmail email = queued();

        email.waitingForServer("Connection refused");
        email.sent(NOW);

        assertEquals(1, email.getAttempts());
        assertEquals(OutgoingEmail.Status.SENT, email.getStatus());
        assertEquals(NOW, email.getSentAt());
        assertNull(email.getLastError());
    }

    @Test
    void anEmailNeedsAKindAndARecipient() {
        assertThrows(IllegalArgumentException.class, () -> new Email(1L, " ", "a@example.com", "s", "t", null));
        assertThrows(IllegalArgumentException.class, () -> new Email(1L, "WELCOME", "", "s", "t", null));
    }
}
