package org.armjit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What CPython 3.11 did with one corpus program, as tests/record.py wrote it down: the exact
 * stdout bytes ({@code P.out}) and, from {@code P.expect} when present, the exit status and
 * the last line of stderr. Without {@code P.expect} the program exits 0 with empty stderr.
 */
record ProgramCorpusExpectation(byte[] stdout, int exitStatus, String stderrLastLine) {

    static ProgramCorpusExpectation load(Path program) throws IOException {
        String name = program.getFileName().toString();
        String base = name.substring(0, name.length() - ".py".length());
        Path out = program.resolveSibling(base + ".out");
        Path expect = program.resolveSibling(base + ".expect");
        if (!Files.exists(out)) {
            throw new IOException(out + " is missing: record it with `python3 tests/record.py " + program + "`");
        }
        byte[] stdout = Files.readAllBytes(out);
        if (!Files.exists(expect)) return new ProgramCorpusExpectation(stdout, 0, "");
        return parse(stdout, Files.readString(expect, StandardCharsets.UTF_8), expect.toString());
    }

    /** Parses the two-line {@code exit: N} / {@code stderr: TEXT} form. */
    static ProgramCorpusExpectation parse(byte[] stdout, String expectText, String where) {
        Integer status = null;
        String stderr = null;
        for (String line : expectText.split("\n")) {
            if (line.startsWith("exit: ")) status = Integer.parseInt(line.substring("exit: ".length()).trim());
            else if (line.startsWith("stderr: ")) stderr = line.substring("stderr: ".length());
            else if (line.equals("stderr:")) stderr = "";
            else if (!line.isEmpty()) throw new IllegalArgumentException(where + ": unexpected line '" + line + "'");
        }
        if (status == null || stderr == null) {
            throw new IllegalArgumentException(where + ": needs both 'exit: N' and 'stderr: TEXT'");
        }
        return new ProgramCorpusExpectation(stdout, status, stderr);
    }
}
