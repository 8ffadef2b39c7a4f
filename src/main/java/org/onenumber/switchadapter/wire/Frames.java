package org.onenumber.switchadapter.wire;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Length-prefixed framing: a 4-byte big-endian length, then that many bytes of UTF-8 XML. A length prefix
 * rather than a delimiter lets a reader allocate once and refuse an oversized frame before reading it.
 */
public final class Frames {

    /** Large enough for an inventory page of 500 items many times over; small enough to bound memory. */
    public static final int MAX_FRAME_BYTES = 1024 * 1024;

    private Frames() {
    }

    /**
     * Reads one frame, or returns null at a clean end of stream between frames. A stream that ends inside a
     * frame is an {@link EOFException}; a length outside 1..MAX is a {@link WireFormatException}, after which
     * the stream cannot be resynchronised and must be closed.
     */
    public static byte[] read(InputStream in) throws IOException {
        DataInputStream data = in instanceof DataInputStream d ? d : new DataInputStream(in);
        int first = data.read();
        if (first < 0) {
            return null;
        }
        int length = (first << 24) | (data.readUnsignedByte() << 16) | (data.readUnsignedByte() << 8)
                | data.readUnsignedByte();
        if (length <= 0 || length > MAX_FRAME_BYTES) {
            throw new WireFormatException("Frame length " + Integer.toUnsignedString(length)
                    + " is outside 1.." + MAX_FRAME_BYTES + " bytes");
        }
        byte[] payload = new byte[length];
        data.readFully(payload);
        return payload;
    }

    /**
     * Whether the next frame has wholly arrived, so that {@link #read} returns it without waiting for the network. A
     * length outside 1..MAX counts as arrived: reading it fails at once.
     */
    public static boolean arrived(BufferedInputStream in) throws IOException {
        int available = in.available();
        if (available < 4) {
            return false;
        }
        in.mark(4);
        int length;
        try {
            length = (in.read() << 24) | (in.read() << 16) | (in.read() << 8) | in.read();
        } finally {
            in.reset();
        }
        return length <= 0 || length > MAX_FRAME_BYTES || available - 4 >= length;
    }

    /** Writes one frame and flushes it; callers sharing a stream between threads must serialise calls. */
    public static void write(OutputStream out, byte[] payload) throws IOException {
        write(out, payload, true);
    }

    /** Writes one frame; without {@code flush} it may wait in {@code out}'s buffer for the frames after it. */
    public static void write(OutputStream out, byte[] payload, boolean flush) throws IOException {
        if (payload.length == 0 || payload.length > MAX_FRAME_BYTES) {
            throw new WireFormatException("Frame of " + payload.length + " bytes is outside 1.." + MAX_FRAME_BYTES);
        }
        int n = payload.length;
        out.write(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        out.write(payload);
        if (flush) {
            out.flush();
        }
    }
}
