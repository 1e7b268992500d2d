package org.armjit.lang.vm;

/**
 * An interpreter activation. {@code s} holds, in order, the fast locals, the cells and
 * free variables (CELL objects), then the value stack from {@code stackBase}. Every word
 * in {@code s[0..sp)} is a value word, so the collector scans frames precisely. The JIT
 * reads frames while recording and writes them when compiled code exits.
 */
public final class Frame {
    static final int BLOCK_SETUP = 1;
    static final int BLOCK_EXCEPT = 2;

    public final LoadedCode code;
    public final int[] s;
    public final int stackBase;
    public int sp;
    public int pc;
    /** Globals dict, the function object (NULL for module code), class-body namespace or NULL. */
    public int globals;
    public int function;
    public int namespace;
    public final Frame back;
    /**
     * A class's {@code __init__} that compiled code had inlined and left at an exit: the
     * caller's stack already holds the new instance, so the frame's None result is dropped.
     */
    public boolean initCall;
    /**
     * A user operator method that compiled code had inlined and left at an exit (see
     * {@code Ops.resumeUserBinary}): 0, or 1 + the BINARY_OP arg + 32 x the protocol step.
     * The caller's stack still holds both operands; the frame's result finishes the operation.
     */
    public int operatorCall;
    /** Set when run() returned because of YIELD_VALUE (f.pc is then just after it). */
    boolean yielded;

    /** Handler blocks, 4 ints each: kind, handler pc, stack depth, saved handled exception. */
    int[] blocks;
    PyException[] blockPy;
    int nblocks;
    /** The exception being handled in an except clause of this frame (NULL if none). */
    int handledExc;
    PyException handledPy;

    Frame(LoadedCode code, int globals, int function, Frame back) {
        this.code = code;
        this.s = new int[code.frameSize];
        this.stackBase = code.nlocals + code.ncells + code.nfree;
        this.sp = stackBase;
        this.globals = globals;
        this.function = function;
        this.back = back;
    }

    void pushBlock(int kind, int handler, int depth, int saved, PyException savedPy) {
        if (blocks == null) {
            blocks = new int[16];
            blockPy = new PyException[4];
        } else if (4 * nblocks == blocks.length) {
            blocks = java.util.Arrays.copyOf(blocks, blocks.length * 2);
        }
        if (nblocks == blockPy.length) blockPy = java.util.Arrays.copyOf(blockPy, nblocks * 2);
        int b = 4 * nblocks;
        blocks[b] = kind;
        blocks[b + 1] = handler;
        blocks[b + 2] = depth;
        blocks[b + 3] = saved;
        blockPy[nblocks] = savedPy;
        nblocks++;
    }

    /** Whether exceptions are being handled or handler blocks are active (the JIT does not trace those). */
    public boolean hasBlocks() {
        return nblocks > 0 || handledExc != 0;
    }

    /**
     * The number of open try blocks (SETUP_EXCEPT run, POP_BLOCK not yet), or -1 while an
     * exception is being handled in this frame (the JIT traces only the normal path).
     */
    public int openTryBlocks() {
        if (handledExc != 0) return -1;
        for (int i = 0; i < nblocks; i++) if (blocks[4 * i] != BLOCK_SETUP) return -1;
        return nblocks;
    }

    /** After a JIT exit: the open try blocks, handler pc and stack depth of each, outermost first. */
    public void setTryBlocks(int[] handlerAndDepth) {
        nblocks = 0;
        for (int i = 0; i < handlerAndDepth.length; i += 2) pushBlock(BLOCK_SETUP, handlerAndDepth[i], handlerAndDepth[i + 1], 0, null);
    }

    int line() {
        return code.code.lineAt(pc);
    }

    void scanRoots(org.armjit.runtime.heap.RootVisitor v) {
        for (int i = 0; i < sp; i++) s[i] = v.visit(s[i]);
        globals = v.visit(globals);
        function = v.visit(function);
        namespace = v.visit(namespace);
        handledExc = v.visit(handledExc);
        for (int i = 0; i < nblocks; i++) blocks[4 * i + 3] = v.visit(blocks[4 * i + 3]);
        if (handledPy != null) handledPy.exc = v.visit(handledPy.exc);
        for (int i = 0; i < nblocks; i++) {
            if (blockPy[i] != null) blockPy[i].exc = v.visit(blockPy[i].exc);
        }
    }
}
