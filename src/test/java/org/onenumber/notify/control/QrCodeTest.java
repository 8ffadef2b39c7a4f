package org.onenumber.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
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

    @Test
    void everyPixelIsTheOneZxingsOwnWriterDraws() throws Exception {
        // sizes that scale a module to several pixels, that do not divide evenly (padding bits at the end of each
        // packed row, a centred code) and that are smaller than the code with its quiet zone (one pixel a module)
        String link = "onenumber://provision?server=sip.example.com&user=FEBC00000027&token=Zk9-ä";
        for (int size : new int[] {240, 183, 20}) {
            BitMatrix zxing = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, size, size, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QrCode.QUIET_ZONE));

            BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.png(link, size)));

            assertEquals(zxing.getWidth(), image.getWidth(), "width at " + size);
            assertEquals(zxing.getHeight(), image.getHeight(), "height at " + size);
            for (int y = 0; y < zxing.getHeight(); y++) {
                for (int x = 0; x < zxing.getWidth(); x++) {
                    assertEquals(zxing.get(x, y) ? 0x000000 : 0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF,
                            "pixel " + x + "," + y + " at " + size);
                }
            }
        }
    }

    @Test
    void theLongestContentAcceptedIsTheLongestACodeCarries() throws Exception {
        String longest = "ä".repeat(QrCode.MAX_BYTES / 2); // two UTF-8 bytes each: byte mode, the mode that carries least
        String tooLong = longest + "a";

        QrCode.requireEncodable(longest);
        assertEquals(longest, QrCodes.decode(QrCode.png(longest, 4 * 185))); // version 40: 177 modules and the quiet zone
        assertThrows(IllegalArgumentException.class, () -> QrCode.requireEncodable(tooLong));
        assertThrows(WriterException.class, () -> Encoder.encode(tooLong, ErrorCorrectionLevel.M,
                Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")));
    }
}
