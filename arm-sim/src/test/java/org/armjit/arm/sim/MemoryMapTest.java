package org.armjit.arm.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.armjit.runtime.mem.GuestMemory;
import org.junit.jupiter.api.Test;

/**
 * Data accesses go through a one-region window per direction; what is allowed must not depend
 * on which region the window holds: every access is checked against its own region's bounds
 * and rights.
 */
class MemoryMapTest {
    private final MemoryMap map = new MemoryMap();
    private final GuestMemory low = GuestMemory.allocate(0x1000, 0x100);
    private final GuestMemory high = GuestMemory.allocate(0xffff_ff00, 0x100); // ends at 2^32
    private final GuestMemory rom = GuestMemory.allocate(0x2000, 0x100);
    private final GuestMemory code = GuestMemory.allocate(0x3000, 0x100);

    MemoryMapTest() {
        map.map("low", low, Access.RW);
        map.map("high", high, Access.RW);
        map.map("rom", rom, Access.READ);
        map.map("code", code, Access.RWX);
    }

    private static void faults(Runnable access) {
        Trap t = assertThrows(Trap.class, access::run);
        assertEquals(FaultKind.BAD_ADDRESS, t.kind);
    }

    @Test
    void accessesReachingPastTheEndOfTheWindowRegionFault() {
        map.store32(0x10fc, 0x1234_5678);
        assertEquals(0x1234_5678, map.load32(0x10fc));
        faults(() -> map.load32(0x10fd));
        faults(() -> map.store32(0x10fe, 1));
        faults(() -> map.load64(0x10fc));
        faults(() -> map.store16(0x10ff, 1));
        assertEquals(0x12, map.load8(0x10ff));
        faults(() -> map.load8(0x1100));
        faults(() -> map.load32(0x0ffc)); // just below the region
    }

    @Test
    void aRegionEndingAtTheTopOfTheAddressSpaceDoesNotWrapAround() {
        map.store32(0xffff_fffc, 7);
        assertEquals(7, map.load32(0xffff_fffc));
        faults(() -> map.load32(0xffff_fffe));
        faults(() -> map.store64(0xffff_fffc, 1));
        faults(() -> map.load32(0)); // unmapped, whatever the window holds
    }

    @Test
    void theWindowMovesBetweenRegionsWithoutLettingAccessesThrough() {
        map.store32(0x1000, 1);
        map.store32(0xffff_ff00, 2);
        assertEquals(1, map.load32(0x1000));
        assertEquals(2, map.load32(0xffff_ff00));
        assertEquals(1, map.load32(0x1000));
        faults(() -> map.load32(0x1800)); // between regions, after the window held low
    }

    @Test
    void aReadableRegionInTheReadWindowStaysUnwritable() {
        assertEquals(0, map.load32(0x2000));
        map.store32(0x1000, 1); // the write window holds a writable region
        faults(() -> map.store32(0x2000, 1));
        faults(() -> map.store8(0x20ff, 1));
    }

    @Test
    void everyStoreIntoCodeIsCountedEvenRightAfterAStoreToData() {
        int before = map.codeWrites;
        map.store32(0x1000, 1);
        map.store32(0x3000, 2);
        map.store32(0x1004, 1);
        map.store16(0x3004, 2);
        assertEquals(before + 2, map.codeWrites);
        assertEquals(2, map.load32(0x3000));
    }
}
