package org.armjit.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The armjit configurations a random program runs under, each on every n-th seed in a CI-size
 * run (every seed in a full run). The oracle is CPython; the JIT modes use eager thresholds so
 * that even short loops are traced and every failing guard gets a bridge at once.
 */
final class RandomProgramModes {
    static final String EAGER = ProgramCorpusModes.EAGER_JIT;

    /** One configuration: its options and on which seeds it runs ({@code seed % every == offset % every}). */
    record Mode(List<String> options, int every, int offset) {
        boolean runs(long seed, boolean full) {
            return full || Math.floorMod(seed, every) == offset % every;
        }

        String label() {
            return ProgramCorpusModes.label(options);
        }
    }

    static final Mode JIT_OFF = new Mode(List.of("--jit", "off"), 1, 0);

    static final List<Mode> ALL = List.of(
            JIT_OFF,
            new Mode(List.of("--backend", "ir", "--jit", EAGER), 1, 0),
            new Mode(List.of("--backend", "arm", "--jit", EAGER), 1, 0),
            new Mode(List.of("--backend", "arm", "--target", "armv7-softfp", "--jit", EAGER), 3, 1),
            new Mode(List.of("--jit", "off", "--gc-stress"), 10, 2),
            new Mode(List.of("--backend", "arm", "--jit", EAGER, "--gc-stress"), 10, 7));

    private RandomProgramModes() {}

    static List<Mode> forSeed(long seed, boolean full) {
        List<Mode> r = new ArrayList<>();
        for (Mode m : ALL) if (m.runs(seed, full)) r.add(m);
        return r;
    }
}
