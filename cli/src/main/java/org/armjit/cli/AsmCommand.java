package org.armjit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.armjit.arm.asm.AsmSyntaxException;
import org.armjit.arm.asm.Assembly;
import org.armjit.arm.asm.TextAssembler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code armjit asm FILE.s}: one line per word, 8 lowercase hex digits, two spaces, the statement's text. */
@Command(name = "asm", description = "Assemble GNU-syntax ARM (A32 + VFPv3) source and print each word with its instruction.")
public final class AsmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.s", description = "assembly source")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String source;
        try {
            source = readSource(file);
        } catch (NoSuchFileException e) {
            err.println("armjit asm: " + file + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("armjit asm: " + file + ": " + e.getMessage());
            return 1;
        }
        Assembly a;
        try {
            a = TextAssembler.assemble(source);
        } catch (AsmSyntaxException e) {
            err.println(file + ":" + e.getMessage().replaceFirst("^line ", ""));
            return 1;
        } catch (RuntimeException e) {
            // an assembler bug: said as such, without Java's exception text
            err.println("armjit asm: " + file + ": internal error in the assembler: " + e.getMessage());
            return 1;
        }
        int[] words = a.words();
        for (int i = 0; i < words.length; i++) {
            out.printf("%08x  %s%n", words[i], a.text(i));
        }
        out.flush();
        return 0;
    }

    /**
     * An assembly source file's text. GNU as reads bytes: non-ASCII bytes in comments are fine
     * and anywhere else they are an error at their line. So a file that is not UTF-8 is read as
     * Latin-1 (one character per byte), and a byte outside a comment makes the statement fail
     * to parse at its line, as it does for GNU as.
     */
    static String readSource(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
