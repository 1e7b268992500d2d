package org.armjit.arm.asm;

/**
 * The normalisation rule that turns one line of GNU objdump's disassembly into the text
 * {@link Disassembler} prints (see its javadoc). Tests apply it to real objdump output; it lives
 * here so the rule exists in one place.
 */
public final class ObjdumpText {
    private ObjdumpText() {
    }

    /**
     * Normalises the instruction part of an objdump line, i.e. what follows the hex word and its tab
     * ({@code "vmov.f64\td0, #112\t@ 0x3f800000  1.0"} gives {@code "vmov.f64 d0, #1.0"}).
     */
    public static String normalise(String objdumpText) {
        String text = objdumpText;
        String comment = null;
        int at = text.indexOf("\t@");
        if (at >= 0) {
            comment = text.substring(at + 2).trim();
            text = text.substring(0, at);
        }
        text = text.replaceAll("\t+", " ").trim();
        if (text.isEmpty() && comment != null) {
            return comment;
        }
        if (comment != null && text.startsWith("vmov") && text.matches("vmov[a-z]*\\.f(32|64) [sd]\\d+, #\\d+")) {
            // objdump: "#imm8 @ 0xBITS VALUE" with BITS the single-precision pattern
            String bits = comment.trim().split("\\s+")[0];
            float f = Float.intBitsToFloat((int) Long.parseLong(bits.substring(2), 16));
            text = text.substring(0, text.lastIndexOf('#') + 1) + Double.toString(f);
        }
        return text;
    }
}
