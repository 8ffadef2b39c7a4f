package org.onenumber.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailDropTest {

    @TempDir
    Path directory;

    private void message(String file, String subject) throws Exception {
        Files.writeString(directory.resolve(file), "To: a@example.com\r\nSubject: " + subject + "\r\n\r\nbody\r\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void listsNewestFirstAndOpensByName() throws Exception {
        message("1767261600000-000001.eml", "first");
        message("1767261600000-000002.eml", "=?UTF-8?Q?second_=C3=A9?=");
        message("1767261500000-000009.eml", "oldest");
        Files.writeString(directory.resolve("notes.txt"), "not mail");

        MailDrop drop = new MailDrop(directory);

        assertEquals(List.of("second é", "first", "oldest"), drop.newest(10).stream().map(MailDrop.Summary::subject).toList());
        assertEquals(List.of("second é"), drop.newest(1).stream().map(MailDrop.Summary::subject).toList());
        assertEquals("first", drop.open("1767261600000-000001.eml").subject());
        assertEquals("body\r\n", drop.open("1767261600000-000001.eml").text());
    }

    @Test
    void aCarriersSupportListsAndOpensThatCarriersMessagesOnly() throws Exception {
        Files.writeString(directory.resolve("1767261600000-000001.eml"), "To: a@example.com\r\nSubject: acme\r\n"
                + MimeMessages.CARRIER_HEADER + ": 7\r\n\r\nbody\r\n", StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("1767261600000-000002.eml"), "To: b@example.com\r\nSubject: northwind\r\n"
                + MimeMessages.CARRIER_HEADER + ": 70\r\n\r\nbody\r\n", StandardCharsets.UTF_8);
        message("1767261600000-000003.eml", "nobody's");

        MailDrop drop = new MailDrop(directory);

        assertEquals(List.of("acme"), drop.newest(10, "7").stream().map(MailDrop.Summary::subject).toList());
        assertEquals("acme", drop.open("1767261600000-000001.eml", "7").subject());
        assertNull(drop.open("1767261600000-000002.eml", "7"), "another carrier's message does not open");
        assertNull(drop.open("1767261600000-000003.eml", "7"), "nor one of no carrier");
    }

    @Test
    void opensNoFileOutsideTheMessagesItKeeps() throws Exception {
        Files.writeString(directory.resolve("secret.eml"), "Subject: secret\r\n\r\n");

        MailDrop drop = new MailDrop(directory.resolve("mail"));

        assertNull(drop.open("../secret.eml"));
        assertNull(drop.open("1767261600000-000001.eml"));
        assertEquals(List.of(), drop.files(), "no directory yet: no mail");
    }
}
