package org.armjit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.armjit.arm.asm.Disassembler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code armjit disasm WORD...} (or words on stdin): one line per word, 8 hex digits, two spaces, the text
 * GNU objdump prints for it (normalised as {@link Disassembler} documents). Words sit at --base, +4, ...
 */
@Command(name = "disasm", description = "Disassemble 32-bit ARM words (hex) as GNU objdump prints them.")
public final class DisasmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--base", paramLabel = "ADDR", description = "address of the first word (hex, 0x optional; default 0)")
    String base = "0";

    @Parameters(paramLabel = "WORD", arity = "0..*", description = "hex words; read from standard input when none are given")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Long address = parseHex(base);
        if (address == null) {
            err.println("armjit disasm: --base: not a hex address: " + base);
            return 1;
        }
        List<String> tokens = new ArrayList<>(words);
        if (tokens.isEmpty()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                for (String t : line.trim().split("[\\s,]+")) {
                    if (!t.isEmpty()) {
                        tokens.add(t);
                    }
                }
            }
        }
        List<Integer> parsed = new ArrayList<>();
        for (String t : tokens) {
            Long w = parseHex(t);
            if (w == null) {
                err.println("armjit disasm: not a 32-bit hex word: " + t);
                return 1;
            }
            parsed.add((int) (long) w);
        }
        long a = address;
        for (int w : parsed) {
            out.printf("%08x  %s%n", w, Disassembler.disassemble(w, (int) a));
            a += 4;
        }
        out.flush();
        return 0;
    }

    private static Long parseHex(String s) {
        String t = s.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("0x")) {
            t = t.substring(2);
        }
        if (t.isEmpty() || t.length() > 8 || !t.matches("[0-9a-f]+")) {
            return null;
        }
        return Long.parseLong(t, 16);
    }
}
