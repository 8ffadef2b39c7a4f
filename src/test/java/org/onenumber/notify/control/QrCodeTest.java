package org.onenumber.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.onenumber.notify.QrCodes;

class QrCodeTest {

    @Test
    void aScannedCodeGivesBackWhatWasEncoded() {
        String link = "onenumber://provision?server=sip.example.com&user=FEBC00000027&token=Zk9-ä";

        assertEquals(link, QrCodes.decode(QrCode.png(link, 240)));
    }

    @Test
    void theImageIsASquarePngOfAtLeastTheAskedSize() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.png("short", 180)));

        assertEquals(image.getWidth(), image.getHeight());
        assertTrue(image.getWidth() >= 180, "width " + image.getWidth());
    }
}
