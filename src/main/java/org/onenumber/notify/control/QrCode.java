package org.onenumber.notify.control;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * Every enablement's provisioning email has one, drawn when the email is sent; the cost still counts. zxing chooses
 * the modules (and the mask that scans best, most of its work); the image is drawn here from the modules, a packed
 * row of pixels per row of modules copied down as many times as a module is tall, as zxing's {@code QRCodeWriter}
 * would scale it: the same pixels, without a bit matrix of every pixel to read back one bit at a time (that loop was
 * as costly as the encoding). ImageIO writes to memory ({@code ImageIO.write} to a stream goes through a temporary
 * file while its cache is on, the JDK's default).
 */
public final class QrCode {

    /**
     * The most UTF-8 bytes a code carries at this level (M) in byte mode, the mode that carries least, with the
     * character set's ECI: version 40's 2,334 data bytes less mode, ECI and length. {@code QrCodeTest} encodes it.
     */
    static final int MAX_BYTES = 2330;

    /** The quiet zone around the code, in modules: the 4 the standard asks for. */
    static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /**
     * Refuses content no QR code carries, without drawing one: for a caller that queues the text for {@link #png}
     * later and must fail now, not then ({@link EmailQueue}: an email's QR code is drawn when it is sent).
     */
    public static void requireEncodable(String content) {
        int bytes = content.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("Cannot encode " + bytes + " bytes as a QR code (at most " + MAX_BYTES
                    + ")");
        }
    }

    /** A square PNG of about {@code sizePx} pixels (more when the content needs it), with a quiet zone. */
    public static byte[] png(String content, int sizePx) {
        QRCode code;
        try {
            code = Encoder.encode(content, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + content.length() + " characters as a QR code", e);
        }
        return png(code.getMatrix(), sizePx);
    }

    /**
     * A one-bit image of the modules scaled to {@code sizePx} (or the modules and their quiet zone at one pixel each,
     * when larger), centred: in {@code TYPE_BYTE_BINARY} index 0 is black, and each row packs eight pixels to a byte,
     * the leftmost in the high bit.
     */
    static byte[] png(ByteMatrix modules, int sizePx) {
        int columns = modules.getWidth();
        int rows = modules.getHeight();
        int width = Math.max(sizePx, columns + 2 * QUIET_ZONE);
        int height = Math.max(sizePx, rows + 2 * QUIET_ZONE);
        int multiple = Math.min(width / (columns + 2 * QUIET_ZONE), height / (rows + 2 * QUIET_ZONE));
        int left = (width - columns * multiple) / 2;
        int top = (height - rows * multiple) / 2;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        byte[] packed = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        Arrays.fill(packed, (byte) 0xFF);
        int stride = (width + 7) / 8;
        for (int y = 0; y < rows; y++) {
            int rowStart = (top + y * multiple) * stride;
            for (int x = 0; x < columns; x++) {
                if (modules.get(x, y) == 1) {
                    for (int px = left + x * multiple, end = px + multiple; px < end; px++) {
                        packed[rowStart + px / 8] &= (byte) ~(0x80 >>> (px % 8));
                    }
                }
            }
            for (int copy = 1; copy < multiple; copy++) {
                System.arraycopy(packed, rowStart, packed, rowStart + copy * stride, stride);
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
