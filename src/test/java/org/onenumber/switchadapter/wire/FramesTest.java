package org.onenumber.switchadapter.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class FramesTest {

    @Test
    void framesFollowEachOtherOnOneStream() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WireCodec.write(out, new Ack(1));
        WireCodec.write(out, new Ack(2));
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        assertEquals(new Ack(1), WireCodec.read(in));
        assertEquals(new Ack(2), WireCodec.read(in));
        assertNull(WireCodec.read(in), "a clean end between frames");
    }

    @Test
    void theLengthIsFourBytesBigEndian() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] payload = new byte[300];
        Frames.write(out, payload);
        byte[] written = out.toByteArray();
        assertArrayEquals(new byte[] {0, 0, 1, 44}, java.util.Arrays.copyOf(written, 4));
        assertEquals(304, written.length);
    }

    @Test
    void refusesAnOversizedLengthBeforeReadingIt() {
        byte[] header = ByteBuffer.allocate(4).putInt(Frames.MAX_FRAME_BYTES + 1).array();
        WireFormatException e = assertThrows(WireFormatException.class,
                () -> Frames.read(new ByteArrayInputStream(header)));
        assertEquals(true, e.getMessage().contains("outside"));
    }

    @Test
    void refusesZeroAndNegativeLengths() {
        assertThrows(WireFormatException.class, () -> Frames.read(new ByteArrayInputStream(new byte[] {0, 0, 0, 0})));
        assertThrows(WireFormatException.class,
                () -> Frames.read(new ByteArrayInputStream(new byte[] {(byte) 0xFF, 0, 0, 1})));
    }

    @Test
    void aStreamEndingInsideAFrameIsAnError() {
        byte[] truncated = {0, 0, 0, 10, '<', 'a'};
        assertThrows(EOFException.class, () -> Frames.read(new ByteArrayInputStream(truncated)));
        assertThrows(EOFException.class, () -> Frames.read(new ByteArrayInputStream(new byte[] {0, 0})));
    }

    @Test
    void refusesToWriteAnOversizedFrame() {
        assertThrows(WireFormatException.class,
                () -> Frames.write(new ByteArrayOutputStream(), new byte[Frames.MAX_FRAME_BYTES + 1]));
    }

    @Test
    void aFrameHasArrivedOnlyWhenItsLengthAndEveryByteOfItAreThereAndCheckingReadsNothing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WireCodec.write(out, new Ack(7));
        byte[] frame = out.toByteArray();
        assertFalse(Frames.arrived(new BufferedInputStream(new ByteArrayInputStream(new byte[0]))), "nothing yet");
        assertFalse(Frames.arrived(new BufferedInputStream(new ByteArrayInputStream(frame, 0, 3))), "part of the length");
        assertFalse(Frames.arrived(new BufferedInputStream(new ByteArrayInputStream(frame, 0, frame.length - 1))),
                "all but the last byte");
        BufferedInputStream whole = new BufferedInputStream(new ByteArrayInputStream(frame));
        assertTrue(Frames.arrived(whole));
        assertEquals(new Ack(7), WireCodec.read(whole), "the check left the frame to be read");
        byte[] oversized = ByteBuffer.allocate(4).putInt(Frames.MAX_FRAME_BYTES + 1).array();
        assertTrue(Frames.arrived(new BufferedInputStream(new ByteArrayInputStream(oversized))),
                "a length no frame has is read at once, and refused");
    }
}
