package org.armjit.jit.driver;

import org.armjit.lang.bytecode.CodeObject;
import org.armjit.lang.vm.LoadedCode;

/**
 * Where each parameter of an inlined call comes from: a positional argument, a keyword
 * argument or the function's defaults tuple. It depends only on the code object, the number
 * of arguments and the keyword names, which are constants of the call site and of the guard
 * on the callee's code, so the recorder binds arguments once, as the interpreter's
 * bindArguments would, with no op in the trace. Null where the recorder does not model the
 * binding (*args, **kwargs, keyword-only parameters, an error the interpreter would raise).
 */
final class CallBinding {
    /** Source of a parameter: the argument index (positional then keyword, as on the stack), or DEFAULT. */
    static final int DEFAULT = -1;

    /** Per parameter: the argument index, or DEFAULT (then {@link #defaultIndex} says which). */
    final int[] source;
    /** Per parameter: the index in the defaults tuple (meaningful for DEFAULT sources). */
    final int[] defaultIndex;

    private CallBinding(int[] source, int[] defaultIndex) {
        this.source = source;
        this.defaultIndex = defaultIndex;
    }

    /**
     * {@code nargs} arguments on the stack, the last {@code kwNames.length} of them keyword
     * arguments named by those interned strings; {@code paramNames} the code's parameter
     * names, interned; {@code ndefaults} the defaults tuple's length.
     */
    static CallBinding of(LoadedCode code, int[] paramNames, int nargs, int[] kwNames, int ndefaults) {
        CodeObject c = code.code;
        if ((c.flags & (CodeObject.VARARGS | CodeObject.VARKEYWORDS)) != 0 || c.kwOnlyCount() != 0) return null;
        int argc = c.argCount;
        int npos = nargs - kwNames.length;
        if (npos > argc || ndefaults > argc) return null;
        int[] source = new int[argc];
        java.util.Arrays.fill(source, -2);
        for (int i = 0; i < npos; i++) source[i] = i;
        for (int k = 0; k < kwNames.length; k++) {
            int slot = -1;
            for (int p = 0; p < argc; p++) {
                if (paramNames[p] == kwNames[k]) slot = p; // both interned
            }
            if (slot < 0 || source[slot] != -2) return null; // unexpected or repeated: the interpreter raises
            source[slot] = npos + k;
        }
        int[] defaultIndex = new int[argc];
        for (int p = 0; p < argc; p++) {
            if (source[p] != -2) continue;
            int d = p - (argc - ndefaults);
            if (d < 0) return null; // missing argument: the interpreter raises
            source[p] = DEFAULT;
            defaultIndex[p] = d;
        }
        return new CallBinding(source, defaultIndex);
    }
}
