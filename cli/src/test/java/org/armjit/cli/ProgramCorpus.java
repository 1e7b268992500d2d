package org.armjit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The program corpus on disk: tests/programs/** (programs, errors/, unsupported/), plus
 * examples/ in full-size runs, each P.py beside its recorded P.out and optional P.expect.
 */
final class ProgramCorpus {
    static final String PROGRAMS = "tests/programs";
    static final String EXAMPLES = "examples";

    private final Path repo;

    ProgramCorpus(Path repo) {
        this.repo = repo;
    }

    /** The repository root: surefire's {@code armjit.repo}, else the nearest directory above holding tests/programs. */
    static ProgramCorpus locate() {
        String prop = System.getProperty("armjit.repo");
        if (prop != null && !prop.isBlank() && Files.isDirectory(Path.of(prop, PROGRAMS))) {
            return new ProgramCorpus(Path.of(prop).toAbsolutePath().normalize());
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(PROGRAMS))) return new ProgramCorpus(p);
        }
        throw new IllegalStateException("cannot find " + PROGRAMS + " (set -Darmjit.repo=<repo root>)");
    }

    Path repo() {
        return repo;
    }

    /** The corpus programs, sorted; examples/ too when {@code includeExamples}. */
    List<Path> programs(boolean includeExamples) {
        List<Path> all = new ArrayList<>(programsUnder(repo.resolve(PROGRAMS)));
        if (includeExamples) all.addAll(programsUnder(repo.resolve(EXAMPLES)));
        return all;
    }

    static List<Path> programsUnder(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The program's name in test reports: its path from the repository root, with '/' separators. */
    String name(Path program) {
        return repo.relativize(program).toString().replace('\\', '/');
    }

    /**
     * The path given to {@code armjit run}: relative to the working directory, so that nothing
     * the VM prints depends on where the repository lives (the recorder ran CPython the same way).
     */
    static String runPath(Path program) {
        return Path.of("").toAbsolutePath().relativize(program.toAbsolutePath()).toString();
    }

    /** {@code run <mode options> <program>}. */
    static List<String> commandLine(List<String> mode, Path program) {
        List<String> args = new ArrayList<>();
        args.add("run");
        args.addAll(mode);
        args.add(runPath(program));
        return args;
    }
}
