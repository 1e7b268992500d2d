package org.armjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus on disk is complete: every program has a recording of the right shape. */
class ProgramCorpusFilesTest {
    static final String UNSUPPORTED_SUFFIX = " is not supported by armjit";

    final ProgramCorpus corpus = ProgramCorpus.locate();

    @Test
    void everyProgramHasARecordedExpectation() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path p : corpus.programs(true)) {
            try {
                ProgramCorpusExpectation.load(p);
            } catch (Exception e) {
                problems.add(corpus.name(p) + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCorpusHasItsPlannedSize() {
        List<Path> all = corpus.programs(false);
        long errors = all.stream().filter(p -> corpus.name(p).contains("/errors/")).count();
        long unsupported = all.stream().filter(p -> corpus.name(p).contains("/unsupported/")).count();
        long plain = all.size() - errors - unsupported;
        assertTrue(plain >= 160, "programs: " + plain);
        assertTrue(errors >= 45, "error programs: " + errors);
        assertTrue(unsupported >= 15, "unsupported programs: " + unsupported);
    }

    @Test
    void errorProgramsEndInAnErrorAndOthersDoNot() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path p : corpus.programs(false)) {
            String name = corpus.name(p);
            ProgramCorpusExpectation e = ProgramCorpusExpectation.load(p);
            boolean clean = e.exitStatus() == 0 && e.stderrLastLine().isEmpty();
            boolean mayExitZero = name.contains("/errors/sys_exit");
            if (name.contains("/errors/") || name.contains("/unsupported/")) {
                if (clean && !mayExitZero) problems.add(name + " should end in an error");
            } else if (!clean) {
                problems.add(name + " should exit 0 with empty stderr");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void unsupportedProgramsExpectArmjitsOwnErrorAndNoOutput() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path p : corpus.programs(false)) {
            String name = corpus.name(p);
            if (!name.contains("/unsupported/")) continue;
            ProgramCorpusExpectation e = ProgramCorpusExpectation.load(p);
            String last = e.stderrLastLine();
            boolean armjitError = last.startsWith("SyntaxError: '") && last.endsWith("'" + UNSUPPORTED_SUFFIX);
            boolean missingModule = last.startsWith("ModuleNotFoundError: No module named '");
            boolean runtimeLimit = last.endsWith(UNSUPPORTED_SUFFIX);
            if (e.exitStatus() != 1 || e.stdout().length != 0 || !(armjitError || missingModule || runtimeLimit)) {
                problems.add(name + ": " + last);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void recordingsDoNotDependOnWhereTheRepositoryLives() throws Exception {
        String root = corpus.repo().toString();
        List<String> problems = new ArrayList<>();
        for (Path p : corpus.programs(true)) {
            String base = p.toString().substring(0, p.toString().length() - 3);
            for (String ext : List.of(".out", ".expect")) {
                Path f = Path.of(base + ext);
                if (Files.exists(f) && Files.readString(f).contains(root)) problems.add(corpus.name(p) + ext);
            }
        }
        assertEquals(List.of(), problems);
    }
}
