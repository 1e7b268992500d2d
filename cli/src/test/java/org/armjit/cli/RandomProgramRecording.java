package org.armjit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What CPython 3.11 did with each random program, checked in at
 * {@code tests/random/cpython-3.11-v<generator version>.txt} so that CI needs no python3. One
 * record per seed:
 *
 * <pre>
 * == SEED PROGRAM-HASH EXIT STDOUT-BYTES
 * stderr: LAST LINE OF STDERR
 * STDOUT (exactly STDOUT-BYTES bytes), then a newline
 * </pre>
 *
 * The program hash (the first 12 hex digits of the text's SHA-256) tells a stale recording from
 * a generator that changed without a version bump.
 */
final class RandomProgramRecording {
    record Entry(String programHash, ProgramCorpusExpectation expectation) {}

    private final Map<Long, Entry> entries;

    private RandomProgramRecording(Map<Long, Entry> entries) {
        this.entries = entries;
    }

    static Path file(Path repo) {
        return repo.resolve("tests/random/cpython-3.11-v" + RandomProgramGenerator.VERSION + ".txt");
    }

    static RandomProgramRecording empty() {
        return new RandomProgramRecording(new TreeMap<>());
    }

    static RandomProgramRecording load(Path file) throws IOException {
        if (!Files.exists(file)) return empty();
        byte[] data = Files.readAllBytes(file);
        Map<Long, Entry> entries = new TreeMap<>();
        int pos = 0;
        while (pos < data.length) {
            int eol = lineEnd(data, pos);
            String header = new String(data, pos, eol - pos, StandardCharsets.UTF_8);
            pos = eol + 1;
            if (header.startsWith("#") || header.isEmpty()) continue;
            String[] f = header.split(" ");
            if (f.length != 5 || !f[0].equals("==")) throw new IOException(file + ": bad record header '" + header + "'");
            int stderrEnd = lineEnd(data, pos);
            String stderrLine = new String(data, pos, stderrEnd - pos, StandardCharsets.UTF_8);
            if (!stderrLine.startsWith("stderr:")) throw new IOException(file + ": seed " + f[1] + ": no stderr line");
            pos = stderrEnd + 1;
            int n = Integer.parseInt(f[4]);
            byte[] stdout = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n + 1;
            String last = stderrLine.length() > "stderr: ".length() ? stderrLine.substring("stderr: ".length()) : "";
            entries.put(Long.parseLong(f[1]), new Entry(f[2], new ProgramCorpusExpectation(stdout, Integer.parseInt(f[3]), last)));
        }
        return new RandomProgramRecording(entries);
    }

    private static int lineEnd(byte[] data, int from) {
        int i = from;
        while (i < data.length && data[i] != '\n') i++;
        return i;
    }

    /** CPython's result for {@code seed} if it was recorded for exactly this program text, else null. */
    ProgramCorpusExpectation lookup(long seed, String program) {
        Entry e = entries.get(seed);
        return e != null && e.programHash.equals(hash(program)) ? e.expectation : null;
    }

    boolean hasStale(long seed, String program) {
        Entry e = entries.get(seed);
        return e != null && !e.programHash.equals(hash(program));
    }

    void put(long seed, String program, ProgramCorpusOutcome outcome) {
        entries.put(seed, new Entry(hash(program), expectation(outcome)));
    }

    static ProgramCorpusExpectation expectation(ProgramCorpusOutcome o) {
        return new ProgramCorpusExpectation(o.stdout(), o.exitStatus(), o.stderrLastLine());
    }

    void save(Path file) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("# CPython 3.11 (PYTHONHASHSEED=0) on the random programs of RandomProgramGenerator v"
                + RandomProgramGenerator.VERSION + ". Written by RandomProgramTest with -Darmjit.random.record=true.\n")
                .getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<Long, Entry> e : entries.entrySet()) {
            ProgramCorpusExpectation x = e.getValue().expectation;
            b.writeBytes(("== " + e.getKey() + " " + e.getValue().programHash + " " + x.exitStatus() + " " + x.stdout().length
                    + "\nstderr: " + x.stderrLastLine() + "\n").getBytes(StandardCharsets.UTF_8));
            b.writeBytes(x.stdout());
            b.write('\n');
        }
        Files.createDirectories(file.getParent());
        Files.write(file, b.toByteArray());
    }

    static String hash(String program) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(program.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
