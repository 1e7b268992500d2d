package org.armjit.arm.sim.oracle;

/**
 * Where differential-test snippets live, identical in the simulator and under qemu-arm
 * (see src/test/resources/qemu/harness.c). A snippet saves the caller's registers, moves sp
 * to {@link #STACK_TOP} in the data page, initialises every register itself, runs its body,
 * pushes its register dump just below {@link #STACK_TOP} and returns. The compared window is
 * that dump plus the scratch memory the body may use above {@link #STACK_TOP}.
 */
public final class SnippetLayout {
    public static final int CODE = 0x3000_0000;
    public static final int DATA = 0x3010_0000;
    public static final int DATA_SIZE = 0x1000;
    public static final int STACK_TOP = DATA + 0x800;
    /** Where the snippet keeps the caller's sp. */
    public static final int SAVED_SP = DATA + 0xf00;
    public static final int WINDOW_START = STACK_TOP - 192;
    public static final int WINDOW_WORDS = 112;
    /** Bytes of scratch memory above STACK_TOP the body may touch. */
    public static final int SCRATCH = 256;

    // Word offsets of the register dump inside the window.
    public static final int W_D0 = 0, W_APSR = 32, W_FPSCR = 33, W_R0 = 34, W_LR = 47, W_MEM = 48;

    private SnippetLayout() {}

    /** The data page's initial contents: xorshift32 from the snippet's seed. */
    public static void fill(int seed, int[] words) {
        int x = seed;
        for (int i = 0; i < words.length; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            words[i] = x;
        }
    }
}
