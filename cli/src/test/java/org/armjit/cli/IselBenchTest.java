package org.armjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code armjit bench --isel} on the reference loop. */
class IselBenchTest {
    @Test
    void theReferenceLoopsOpsAndTheirInstructionsAreReported() throws Exception {
        Path repo = ProgramCorpus.locate().repo();
        ProgramCorpusOutcome o = ProgramCorpusRunner.inProcess().run(List.of("bench", "--isel",
                ProgramCorpus.runPath(repo.resolve("bench/arm/ref_loop.py"))));
        String out = new String(o.stdout(), StandardCharsets.UTF_8);
        assertEquals(0, o.exitStatus(), out + o.stderr());
        assertTrue(out.startsWith("IR op "), out);
        // The loop's modulo by 7: a multiply-high with the floor fix-up, several instructions (see the README's ARM backend).
        assertTrue(out.lines().anyMatch(l -> l.startsWith("int_py_mod ")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("int_mul_ovf ")), out);
        assertTrue(out.contains("largest expansions"), out);
        // The gcc -O2 column: bench/arm/ref_loop.c compiled and counted under qemu-arm beside armjit's own figure.
        String row = out.lines().filter(l -> l.startsWith("ref_loop ")).findFirst().orElseThrow(() -> new AssertionError(out));
        String[] f = row.trim().split("\\s+");
        double armjit = Double.parseDouble(f[2]), gcc = Double.parseDouble(f[3]);
        assertTrue(armjit >= 12 && armjit <= 25, row); // 16.0 in the README
        assertTrue(gcc >= 8 && gcc <= 14, row); // 11.0: cmp/bne, the multiply by 3 and the modulo by 7's multiply-high and fix-up
        assertTrue(armjit > gcc, row);
    }
}
