package org.onenumber.notify.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * QR codes as PNG images, such as the provisioning link a mobile client scans from its email. Only
 * zxing's core is used; the image is written with the JDK's ImageIO (zxing's javase module would add
 * a command-line tool and its dependencies to the WAR for one loop).
 * <p>
 * Every enablement makes one, inside its transaction, so the cost counts: the bits go straight into the
 * image's packed bytes (one {@code setRGB} per pixel, through the colour model, was a fifth of a bulk
 * enablement's CPU) and ImageIO writes to memory ({@code ImageIO.write} to a stream goes through a
 * temporary file while its cache is on, the JDK's default).
 */
public final class QrCode {

    private QrCode() {
    }

    /** A square PNG of about {@code sizePx} pixels (more when the content needs it), with a quiet zone. */
    public static byte[] png(String content, int sizePx) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, sizePx, sizePx, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + content.length() + " characters as a QR code", e);
        }
        return png(matrix);
    }

    /**
     * A one-bit image of the matrix: in {@code TYPE_BYTE_BINARY} index 0 is black, and each row packs eight
     * pixels to a byte, the leftmost in the high bit.
     */
    static byte[] png(BitMatrix matrix) {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        byte[] packed = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int stride = (width + 7) / 8;
        BitArray row = new BitArray(width);
        for (int y = 0; y < height; y++) {
            row = matrix.getRow(y, row);
            for (int x = 0; x < width; x++) {
                if (!row.get(x)) {
                    packed[y * stride + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream png = new ByteArrayOutputStream(2048);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return png.toByteArray();
    }
}
