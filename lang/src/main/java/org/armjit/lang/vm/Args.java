package org.armjit.lang.vm;

/** Argument checking for builtin functions, with CPython's messages. */
final class Args {
    private final Vm vm;

    Args(Vm vm) {
        this.vm = vm;
    }

    int keywordCount(int kwnames) {
        return kwnames == 0 ? 0 : vm.seq.tupleLength(kwnames);
    }

    /** The keyword argument {@code name}, or NULL if not given. */
    int keyword(int[] argv, int off, int n, int kwnames, String name) {
        if (kwnames == 0) return 0;
        int k = vm.seq.tupleLength(kwnames);
        for (int i = 0; i < k; i++) {
            if (vm.str.toJava(vm.seq.tupleGet(kwnames, i)).equals(name)) return argv[off + n - k + i];
        }
        return 0;
    }

    /** Rejects keywords other than {@code allowed}. */
    void onlyKeywords(String fn, int kwnames, String... allowed) {
        if (kwnames == 0) return;
        int k = vm.seq.tupleLength(kwnames);
        outer:
        for (int i = 0; i < k; i++) {
            String name = vm.str.toJava(vm.seq.tupleGet(kwnames, i));
            for (String a : allowed) if (a.equals(name)) continue outer;
            if (allowed.length == 0) throw vm.typeError(fn + "() takes no keyword arguments");
            throw vm.typeError("'" + name + "' is an invalid keyword argument for " + fn + "()");
        }
    }

    void exactly(String fn, int n, int expected) {
        if (n == expected) return;
        if (expected == 0) throw vm.typeError(fn + "() takes no arguments (" + n + " given)");
        if (expected == 1) throw vm.typeError(fn + "() takes exactly one argument (" + n + " given)");
        throw vm.typeError(fn + " expected " + expected + " arguments, got " + n);
    }

    void between(String fn, int n, int min, int max) {
        if (n < min) {
            throw vm.typeError(fn + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw vm.typeError(fn + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** An int argument as a Java int (TypeError otherwise). */
    int intArg(int w, String what) {
        if (!vm.ints.isInt(w)) {
            throw vm.typeError("'" + vm.typeName(w) + "' object cannot be interpreted as an integer");
        }
        if (!vm.ints.fitsLong(w) || Math.abs(vm.ints.toLong(w)) > Integer.MAX_VALUE) {
            throw vm.raise("OverflowError", "Python int too large to convert to C ssize_t");
        }
        return (int) vm.ints.toLong(w);
    }

    String strArg(int w, String fn, String what) {
        if (Tag.isInt(w) || vm.typeOf(w) != org.armjit.runtime.heap.TypeId.STR) {
            throw vm.typeError(fn + "() argument " + what + " must be str, not " + vm.typeName(w));
        }
        return vm.str.toJava(w);
    }
}
