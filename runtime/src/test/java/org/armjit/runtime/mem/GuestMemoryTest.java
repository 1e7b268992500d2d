package org.armjit.runtime.mem;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Guest memory reads and writes little-endian values at guest addresses, the same over a Java array or native memory. */
class GuestMemoryTest {
    private static final int BASE = 0x1000_0000;

    private static GuestMemory[] both() {
        return new GuestMemory[] {GuestMemory.allocate(BASE, 64), GuestMemory.wrap(ByteBuffer.allocateDirect(64), BASE)};
    }

    @Test
    void valuesAreLittleEndian() {
        for (GuestMemory m : both()) {
            m.storeWord(BASE + 4, 0x11223344);
            assertEquals(0x44, m.loadByte(BASE + 4));
            assertEquals(0x11, m.loadByte(BASE + 7));
            assertEquals(0x3344, m.loadHalf(BASE + 4));
            m.storeLong(BASE + 8, 0x0102030405060708L);
            assertEquals(0x05060708, m.loadWord(BASE + 8));
            assertEquals(0x01020304, m.loadWord(BASE + 12));
            m.storeDouble(BASE + 16, -1.5);
            assertEquals(Double.doubleToRawLongBits(-1.5), m.loadLong(BASE + 16));
            assertEquals(-1.5, m.loadDouble(BASE + 16));
            m.storeByte(BASE + 24, 0xfe);
            assertEquals(0xfe, m.loadByte(BASE + 24));
            assertEquals(-2, m.loadSignedByte(BASE + 24));
        }
    }

    @Test
    void unalignedAccessesWork() {
        for (GuestMemory m : both()) {
            m.storeWord(BASE + 1, 0xcafebabe);
            assertEquals(0xcafebabe, m.loadWord(BASE + 1));
            m.storeDouble(BASE + 3, Math.PI);
            assertEquals(Math.PI, m.loadDouble(BASE + 3));
        }
    }

    @Test
    void accessesOutsideTheRegionThrow() {
        for (GuestMemory m : both()) {
            assertThrows(IndexOutOfBoundsException.class, () -> m.loadWord(BASE + 61));
            assertThrows(IndexOutOfBoundsException.class, () -> m.loadWord(BASE - 4));
            assertThrows(IndexOutOfBoundsException.class, () -> m.storeDouble(BASE + 60, 1.0));
            assertThrows(IndexOutOfBoundsException.class, () -> m.loadByte(BASE + 64));
            assertThrows(IndexOutOfBoundsException.class, () -> m.loadWord(0));
        }
    }

    @Test
    void aBufferViewingPartOfAnArrayStaysWithinItsRegion() {
        ByteBuffer part = ByteBuffer.wrap(new byte[128], 0, 64).slice();
        GuestMemory m = GuestMemory.wrap(part, BASE);
        m.storeWord(BASE + 60, 7);
        assertEquals(7, m.loadWord(BASE + 60));
        assertThrows(IndexOutOfBoundsException.class, () -> m.loadWord(BASE + 64));
    }
}
