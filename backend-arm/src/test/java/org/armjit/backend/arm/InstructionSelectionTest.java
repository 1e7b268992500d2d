package org.armjit.backend.arm;

import org.armjit.jit.ir.TraceParser;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.mem.GuestMemory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden rows: a small trace and the exact ARM text its body compiles to (the instructions
 * between the label and the closing jump's branch, as objdump prints them). They read as the
 * specification of instruction selection; a change that makes the code worse shows up here.
 */
class InstructionSelectionTest {
    /**
     * @param header the constants the loop header loads into registers for the body (see
     *               LoopConstants), "" for none
     * @param jump   the closing jump's arguments
     */
    record Row(String name, ArmTarget target, String body, String expected, String header, String jump) {
        Row(String name, String body, String expected) {
            this(name, ArmTarget.ARMV7_HF, body, expected, "", DEFAULT_JUMP);
        }

        Row(String name, ArmTarget target, String body, String expected) {
            this(name, target, body, expected, "", DEFAULT_JUMP);
        }

        Row header(String h) {
            return new Row(name, target, body, expected, h, jump);
        }

        Row jump(String j) {
            return new Row(name, target, body, expected, header, j);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String DEFAULT_JUMP = "i0, i1, f1x, p2";

    static Stream<Row> rows() {
        return Stream.of(
                new Row("immediates fold into add, sub and cmp; compare and guard fuse",
                        "i2 = int_add(i0, 255)\ni3 = int_sub(i2, 1020)\ni4 = int_lt(i3, 100)\nguard_true(i4, descr=<Guard0x1>) [1@0: i3]",
                        """
                        add r1, r0, #255
                        sub r1, r1, #1020
                        cmp r1, #100
                        bge STUB"""),
                new Row("an inverse op encodes what the op does not: add of -1 is sub, and of ~0xff is bic",
                        "i2 = int_add(i0, -1)\ni3 = int_and(i2, -256)\nguard_false(i3, descr=<Guard0x1>) [1@0: i3]",
                        """
                        sub r1, r0, #1
                        bic r1, r1, #255
                        cmp r1, #0
                        bne STUB"""),
                new Row("an accumulator's add overwrites the old value (its overflow guard's stub subtracts the addend back): no move at the back-edge",
                        "i3 = int_add_ovf(i1, i0)\nguard_no_overflow(descr=<Guard0x1>) [1@0: i0, i1]",
                        """
                        adds r1, r1, r0
                        bvs STUB""").jump("i0, i3, f1x, p2"),
                new Row("overflow checks use the flags",
                        "i2 = int_add_ovf(i0, i1)\nguard_no_overflow(descr=<Guard0x1>) [1@0: i0]\ni3 = int_mul_ovf(i2, i1)\nguard_no_overflow(descr=<Guard0x2>) [1@0: i0]",
                        """
                        adds r2, r0, r1
                        bvs STUB
                        smull r3, ip, r2, r1
                        cmp ip, r3, asr #31
                        bne STUB"""),
                new Row("Python modulo by 7: multiply by the magic number, then the sign fix-up; the loop header loads both constants once",
                        "i2 = int_py_mod(i0, 7)\nguard_true(i2, descr=<Guard0x1>) [1@0: i2]",
                        """
                        smull ip, r2, r0, r9
                        add r2, r2, r0
                        asr r2, r2, #2
                        add r2, r2, r2, lsr #31
                        mls r1, r2, r8, r0
                        cmp r1, #0
                        addlt r1, r1, r8
                        cmp r1, #0
                        beq STUB""").header("""
                        movw r9, #9363
                        movt r9, #37449
                        mov r8, #7"""),
                new Row("outside a loop the constants are built where they are used",
                        "i2 = int_mul_ovf(i0, 3)\nguard_no_overflow(descr=<Guard0x1>) [1@0: i0]\nfinish(i2)",
                        """
                        ldr r0, [fp, #208]
                        mov r1, #3
                        smull r2, ip, r0, r1
                        cmp ip, r2, asr #31
                        bne STUB""").jump(null),
                new Row("Python floor division by a power of two is one shift",
                        "i2 = int_py_div(i0, 8)\nguard_true(i2, descr=<Guard0x1>) [1@0: i2]",
                        """
                        asr r1, r0, #3
                        cmp r1, #0
                        beq STUB"""),
                new Row("a float compare feeding a guard is vcmp, vmrs and one branch",
                        "f2 = float_mul(f1, f1)\ni3 = float_lt(f2, 4.0)\nguard_true(i3, descr=<Guard0x1>) [1@0: f2]",
                        """
                        vmul.f64 d1, d0, d0
                        vcmp.f64 d1, d14
                        vmrs APSR_nzcv, fpscr
                        bpl STUB""").header("vmov.f64 d14, #4.0"),
                new Row("math.sqrt's square root is one vsqrt behind its sign guard",
                        "i2 = float_ge(f1, 0.0)\nguard_true(i2, descr=<Guard0x1>) [1@0: f1]\nf3 = float_sqrt(f1)\ni4 = float_lt(f3, 4.0)\nguard_true(i4, descr=<Guard0x2>) [1@0: f3]",
                        """
                        vcmp.f64 d0, #0.0
                        vmrs APSR_nzcv, fpscr
                        blt STUB
                        vsqrt.f64 d1, d0
                        vcmp.f64 d1, d14
                        vmrs APSR_nzcv, fpscr
                        bpl STUB""").header("vmov.f64 d14, #4.0"),
                new Row("guard_class is a tag test, a null test, a halfword header load and a compare",
                        "guard_class(p2, descr=<Guard0x1 class FLOAT>) [1@0: p2]",
                        """
                        tst r0, #1
                        bne STUB
                        cmp r0, #0
                        beq STUB
                        ldrh ip, [r0]
                        cmp ip, #4
                        bne STUB"""),
                new Row("without an FPU a float multiply calls __aeabi_dmul: operands from their frame slots into r0-r3, the product into a slot; the compare is a call too",
                        ArmTarget.ARMV5TE_SOFT,
                        "f2 = float_mul(f1, f1)\ni3 = float_lt(f2, 4.0)\nguard_true(i3, descr=<Guard0x1>) [1@0: f2]",
                        """
                        ldr r0, [fp, #224]
                        ldr r1, [fp, #228]
                        ldr r2, [fp, #224]
                        ldr r3, [fp, #228]
                        ldr ip, [sl, #68]
                        blx ip
                        str r0, [fp, #240]
                        str r1, [fp, #244]
                        ldr r0, [fp, #240]
                        ldr r1, [fp, #244]
                        mov r2, #0
                        ldr r3, [pc, #24]
                        ldr ip, [sl, #80]
                        blx ip
                        cmp r0, #0
                        beq STUB"""));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void selects(Row row) {
        Heap heap = new Heap(GuestMemory.allocate(0x1000_0000, 8 << 20), 256 << 10);
        RuntimeCallTable calls = new RuntimeCallTable();
        ArmBackend backend = new ArmBackend(heap, calls, ArmBackend.Options.of(row.target));
        String trace = "[i0, i1, f1x, p2]\n" + (row.jump == null ? "" : "label(i0, i1, f1x, p2, descr=<Loop1>)\n")
                + row.body.replace("f1", "f1x").replace("f1xx", "f1x")
                + (row.jump == null ? "" : "\njump(" + row.jump + ", descr=<Loop1>)");
        String listing = backend.listing(backend.compileLoop(TraceParser.parse(trace, calls)));
        assertEquals(row.expected.strip(), body(listing));
        assertEquals(row.header.strip(), header(listing));
    }

    /** What the label's code loads besides its arguments' moves (those come from the frame or other registers). */
    static String header(String listing) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : listing.split("\n")) {
            if (line.startsWith("  @ ")) {
                in = line.startsWith("  @ label(");
                continue;
            }
            if (!in) continue;
            String text = line.substring(line.indexOf("  ", 14)).strip();
            if (text.contains("#") && !text.contains("[fp")) out.add(text);
        }
        return String.join("\n", out);
    }

    /** The instructions after the label's moves up to the closing branch, stub addresses as STUB. */
    static String body(String listing) {
        List<String> out = new ArrayList<>();
        boolean in = !listing.contains("  @ label("); // a label that moves nothing prints no line
        for (String line : listing.split("\n")) {
            if (line.startsWith("  @ ")) {
                String ir = line.substring(4);
                if (ir.startsWith("label(")) in = true;
                else if (ir.startsWith("jump(") || ir.startsWith("finish(")) break;
                else if (in && out.isEmpty() && !ir.startsWith("debug")) out.add("#");
                continue;
            }
            if (!in || out.isEmpty()) continue;
            String text = line.substring(line.indexOf("  ", 14)).strip().replaceAll("0xa0[0-9a-f]{6}", "STUB");
            out.add(text);
        }
        return String.join("\n", out.subList(1, out.size()));
    }
}
