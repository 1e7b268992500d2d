package org.armjit.cli.tune;

import java.util.Map;

/**
 * One program under one configuration, run at sizes S and 2S. Costs are in ARM-instruction
 * equivalents: ARM instructions executed in compiled code plus each interpreted bytecode at
 * {@code bytecodeCost} instructions (what an interpreter spends per bytecode on ARM; an
 * estimate, see the README), so work that stays in the interpreter counts too.
 */
public record Measurement(String program, TuneGrid.Config config, int size, Map<String, Double> atS, Map<String, Double> at2S,
                          double bytecodeCost, double compileCost) {
    private double cost(Map<String, Double> m) {
        return m.getOrDefault("arm_instructions", 0.0) + bytecodeCost * m.getOrDefault("interp_bytecodes", 0.0);
    }

    /** Steady state: the cost of one more unit of N once warm. */
    public double steadyPerN() {
        return (cost(at2S) - cost(atS)) / size;
    }

    /** ARM instructions per unit of N at steady state (compiled code only). */
    public double steadyArmPerN() {
        return (at2S.getOrDefault("arm_instructions", 0.0) - atS.getOrDefault("arm_instructions", 0.0)) / size;
    }

    /** Interpreted bytecodes per unit of N at steady state (work the JIT left to the interpreter). */
    public double steadyInterpPerN() {
        return (at2S.getOrDefault("interp_bytecodes", 0.0) - atS.getOrDefault("interp_bytecodes", 0.0)) / size;
    }

    /** Warm-up: what the first S units cost beyond S steady-state units. */
    public double warmup() {
        return cost(atS) - size * steadyPerN();
    }

    /**
     * What compiling cost, in ARM-instruction equivalents: recorded bytecodes (the 2S run) at
     * {@code compileCost} each. Counted rather than timed: compile times measured in a JVM that
     * is still warming up vary several-fold between identical runs.
     */
    public double compileCostTotal() {
        return at2S.getOrDefault("recorded_ops", 0.0) * compileCost;
    }

    /** Time spent recording, optimising and compiling (the 2S run), ms. */
    public double compileMs() {
        return at2S.getOrDefault("trace_time_ms", 0.0);
    }

    public double codeBytes() {
        return at2S.getOrDefault("code_bytes", 0.0);
    }

    public double stat(String name) {
        return at2S.getOrDefault(name, 0.0);
    }

    /**
     * The score tune minimises: the cost of a run at N = 10 S (the program's default size)
     * = warm-up + N x steady state + compile cost.
     */
    public double score() {
        return warmup() + 10.0 * size * steadyPerN() + compileCostTotal();
    }
}
