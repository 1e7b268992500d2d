package org.armjit.lang.vm;

import org.armjit.lang.bytecode.CodeObject;
import org.armjit.lang.bytecode.Const;
import org.armjit.lang.bytecode.ConstTuple;

import java.math.BigInteger;

/**
 * A code object as the interpreter runs it: its constants and names turned into guest
 * objects in the permanent space (so they never move and need no root updates), and its
 * children loaded too (a nested function's code id is stored in the constant slot as a
 * tagged int).
 */
public final class LoadedCode {
    public final CodeObject code;
    public final int id;
    /** The code the interpreter runs: code.code with superinstructions (see {@link Superinstructions}). */
    final int[] quick;
    /** Guest values of code.consts; a nested code object's entry is its code id, tagged. */
    public final int[] consts;
    /** Interned strs of code.names. */
    public final int[] names;
    /** Inline caches of LOAD_GLOBAL/STORE_GLOBAL per name: an entry number in the globals and in the builtins dict (see Dicts#cachedValue). */
    final int[] globalEntry;
    final int[] builtinEntry;
    /** Per instruction: a dict entry number its attribute or method lookup found last (see Dicts#cachedValue), or -1. */
    final int[] entryCache;
    /** Interned strs of the parameter names (keyword arguments are matched against them). */
    final int[] paramNames;
    public final int nlocals;
    public final int ncells;
    public final int nfree;
    /** Size of a frame's slot array: locals, cells and free vars, then the value stack. */
    public final int frameSize;

    LoadedCode(Vm vm, CodeObject code, int id) {
        this.code = code;
        this.id = id;
        vm.codeTable.add(null); // reserve our id before children take theirs
        this.quick = Superinstructions.fuse(code.code);
        this.entryCache = new int[code.code.length];
        java.util.Arrays.fill(entryCache, -1);
        this.consts = new int[code.consts.length];
        for (int i = 0; i < consts.length; i++) {
            Object c = code.consts[i];
            consts[i] = c instanceof CodeObject ? Tag.box(vm.loadChild((CodeObject) c)) : constant(vm, c);
        }
        this.names = new int[code.names.length];
        for (int i = 0; i < names.length; i++) names[i] = vm.intern(code.names[i]);
        this.globalEntry = new int[names.length];
        this.builtinEntry = new int[names.length];
        java.util.Arrays.fill(globalEntry, -1);
        java.util.Arrays.fill(builtinEntry, -1);
        this.paramNames = new int[code.argCount + code.kwOnlyCount()];
        for (int i = 0; i < paramNames.length; i++) paramNames[i] = vm.intern(code.varnames[i]);
        this.nlocals = code.varnames.length;
        this.ncells = code.cellvars.length;
        this.nfree = code.freevars.length;
        this.frameSize = nlocals + ncells + nfree + code.stackSize + 2;
    }

    static int constant(Vm vm, Object c) {
        if (c == Const.NONE) return vm.none;
        if (c instanceof Boolean) return vm.bool((Boolean) c);
        if (c instanceof Long) return vm.ints.permanent(BigInteger.valueOf((Long) c));
        if (c instanceof BigInteger) return vm.ints.permanent((BigInteger) c);
        if (c instanceof Double) return vm.floats.permanent((Double) c);
        if (c instanceof String) return vm.intern((String) c);
        if (c instanceof org.armjit.lang.bytecode.ConstFrozenSet fs) {
            Object[] items = fs.items();
            int[] refs = new int[items.length];
            for (int i = 0; i < items.length; i++) refs[i] = constant(vm, items[i]);
            return vm.sets.permanentFrozenSet(refs);
        }
        if (c instanceof ConstTuple) {
            Object[] items = ((ConstTuple) c).items();
            int[] refs = new int[items.length];
            for (int i = 0; i < items.length; i++) refs[i] = constant(vm, items[i]);
            return vm.seq.permanentTuple(refs);
        }
        throw new IllegalArgumentException("unknown constant " + c);
    }

    public String filename() {
        return code.filename;
    }
}
