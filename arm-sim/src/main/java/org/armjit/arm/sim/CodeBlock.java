package org.armjit.arm.sim;

/**
 * A straight-line run of decoded instructions starting at one address of an executable region:
 * the run loop looks up, validates and budgets once per block instead of once per instruction,
 * then executes the instructions in order until one leaves the sequence.
 *
 * <p>A block ends after an unconditional-looking branch (B, BL, BX), after {@link #MAX_LENGTH}
 * instructions, at the end of its region, or before a word that no longer matches its cached
 * decoding (so that such a word is judged by the stale-code check only if execution reaches it).
 */
final class CodeBlock {
    /** Longest block; a store into code drops every block that may cover the word it wrote. */
    static final int MAX_LENGTH = 32;

    final Insn[] insns;
    /** Memory-map epoch in which the words of this block were last compared with memory. */
    int epoch;

    CodeBlock(Insn[] insns, int epoch) {
        this.insns = insns;
        this.epoch = epoch;
    }

    /** Whether execution cannot fall through {@code i} to the next word (when its condition passes). */
    static boolean endsBlock(Insn i) {
        return i.kind == Insn.K_B || i.kind == Insn.K_BL || i.kind == Insn.K_BX;
    }
}
