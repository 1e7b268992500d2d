package org.armjit.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every corpus program (tests/programs/**, and examples/ in full runs) under every mode of
 * {@link ProgramCorpusModes}, run in-process by {@code armjit run}: stdout must be CPython
 * 3.11's byte for byte, and the exit status and last line of stderr must match the recording.
 * {@code -Darmjit.corpus.filter=str_} runs only the programs whose path contains the text.
 */
class ProgramCorpusTest {

    @TestFactory
    List<DynamicNode> corpus() {
        ProgramCorpus corpus = ProgramCorpus.locate();
        if (!new CommandLine(new Main()).getSubcommands().containsKey("run")) {
            return List.of(dynamicTest("armjit has a run command", () -> fail(
                    "armjit has no `run` subcommand yet (Main registers none), so the "
                    + corpus.programs(false).size() + " corpus programs cannot run. "
                    + "This test passes once `armjit run [options] <program.py>` exists.")));
        }
        boolean full = Boolean.getBoolean("armjit.full");
        String filter = System.getProperty("armjit.corpus.filter", "");
        ProgramCorpusRunner runner = ProgramCorpusRunner.inProcess();
        List<DynamicNode> modes = new ArrayList<>();
        for (List<String> mode : ProgramCorpusModes.selected()) {
            List<DynamicNode> tests = new ArrayList<>();
            for (Path program : corpus.programs(full)) {
                String name = corpus.name(program);
                if (!name.contains(filter) || !ProgramCorpusModes.runs(mode, name)) continue;
                tests.add(dynamicTest(name, program.toUri(), () -> {
                    String failure = ProgramCorpusExecution.check(runner, mode, program, name);
                    if (!failure.isEmpty()) fail(failure);
                }));
            }
            modes.add(dynamicContainer(ProgramCorpusModes.label(mode), tests));
        }
        return modes;
    }
}
