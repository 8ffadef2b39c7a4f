package org.onenumber.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import com.google.zxing.common.BitMatrix;
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

    @Test
    void everyPixelIsTheModuleZxingPlacedThere() throws Exception {
        // widths that are not a multiple of 8 leave padding bits at the end of each packed row
        BitMatrix matrix = new BitMatrix(13, 11);
        matrix.set(0, 0);
        matrix.set(12, 0);
        matrix.set(7, 5);
        matrix.set(8, 5);
        matrix.set(12, 10);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.png(matrix)));

        assertEquals(13, image.getWidth());
        assertEquals(11, image.getHeight());
        for (int y = 0; y < 11; y++) {
            for (int x = 0; x < 13; x++) {
                assertEquals(matrix.get(x, y) ? 0x000000 : 0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF, "pixel " + x + "," + y);
            }
        }
    }
}
