package org.armjit.arm.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs GNU as and objdump over a generated corpus covering every form: our words must be byte-identical
 * to as's, our disassembly identical to objdump's (normalised by {@link ObjdumpText}), and reassembling
 * our disassembly must give the same words. CI size 3,000 instructions; 12,000 with armjit.full=true.
 */
class BinutilsDifferentialTest {
    static final boolean FULL = Boolean.getBoolean("armjit.full");

    @TempDir
    Path dir;

    @Test
    void encodingsAndDisassemblyMatchGnuBinutils() throws Exception {
        GnuBinutils.requireInstalled();
        int n = FULL ? 12_000 : 3_000;
        List<String> lines = new CorpusGenerator(FULL ? System.nanoTime() : 20240601L, false).lines(n);
        String source = ".syntax unified\n.arm\n" + String.join("\n", lines) + "\n";
        int[] gas = GnuBinutils.assemble(source, dir);
        int[] ours = TextAssembler.assemble(source).words();
        assertEquals(n, gas.length, "GNU as word count");
        assertEquals(n, ours.length, "our word count");
        List<String> objdump = GnuBinutils.disassemble(gas, 0, dir);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int address = 4 * i;
            String text = Disassembler.disassemble(gas[i], address);
            if (gas[i] != ours[i]) {
                failures.add(String.format("%s: as %08x, ours %08x", lines.get(i), gas[i], ours[i]));
            } else if (!text.equals(objdump.get(i))) {
                failures.add(String.format("%08x: objdump '%s', ours '%s'", gas[i], objdump.get(i), text));
            } else if (!text.equals("nop") || gas[i] != 0xe1a00000) {
                int again = TextAssembler.assemble(text, Cpu.ARMV7VE_VFPV3, address).words()[0];
                if (again != gas[i]) {
                    failures.add(String.format("round trip %08x -> '%s' -> %08x", gas[i], text, again));
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + n + " differ, e.g.\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }
}
