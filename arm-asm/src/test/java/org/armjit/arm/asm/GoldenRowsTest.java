package org.armjit.arm.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every golden row (verified against GNU binutils when generated) holds for our encoder and disassembler, no binutils needed. */
class GoldenRowsTest {
    static final List<String[]> ROWS = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = GoldenRowsTest.class.getResourceAsStream("golden.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    ROWS.add(line.split("\t"));
                }
            }
        }
    }

    @Test
    void thereAreAtLeast2000Rows() {
        assertTrue(ROWS.size() >= 2000, "rows: " + ROWS.size());
    }

    @Test
    void encoderGivesTheGoldenWords() {
        StringBuilder src = new StringBuilder(".syntax unified\n.arm\n");
        for (String[] r : ROWS) {
            src.append(r[0]).append('\n');
        }
        int[] words = TextAssembler.assemble(src.toString()).words();
        assertEquals(ROWS.size(), words.length);
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i] != (int) Long.parseLong(ROWS.get(i)[1], 16)) {
                bad.add(String.format("%s: want %s got %08x", ROWS.get(i)[0], ROWS.get(i)[1], words[i]));
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void disassemblerGivesTheGoldenText() {
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < ROWS.size(); i++) {
            String[] r = ROWS.get(i);
            String text = Disassembler.disassemble((int) Long.parseLong(r[1], 16), 4 * i);
            if (!text.equals(r[2])) {
                bad.add(r[1] + ": want '" + r[2] + "' got '" + text + "'");
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void disassemblyReassemblesToTheSameWord() {
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < ROWS.size(); i++) {
            String[] r = ROWS.get(i);
            int word = (int) Long.parseLong(r[1], 16);
            if (word == 0xe1a00000) {
                continue; // objdump calls mov r0, r0 "nop", which assembles to the ARMv6K hint
            }
            int again = TextAssembler.assemble(r[2], Cpu.ARMV7VE_VFPV3, 4 * i).words()[0];
            if (again != word) {
                bad.add(String.format("%s -> %08x", r[2], again) + " want " + r[1]);
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }
}
