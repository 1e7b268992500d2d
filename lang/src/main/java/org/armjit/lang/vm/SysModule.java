package org.armjit.lang.vm;

/** The sys module: argv, exit, maxsize and the recursion limit. */
final class SysModule {
    private final Vm vm;
    private final Builtins b;

    SysModule(Vm vm, Builtins b) {
        this.vm = vm;
        this.b = b;
    }

    void install(int dict) {
        int[] argv = new int[vm.argv.length];
        int mark = vm.heap.handles.mark();
        try {
            int hd = vm.heap.handles.push(dict);
            for (int i = 0; i < argv.length; i++) argv[i] = vm.str.of(vm.argv[i]);
            int list = vm.seq.listFrom(argv, 0, argv.length);
            vm.dict.put(vm.heap.handles.get(hd), vm.intern("argv"), list);
            vm.dict.put(dict, vm.intern("maxsize"), vm.ints.of(Integer.MAX_VALUE));
            vm.dict.put(vm.heap.handles.get(hd), vm.intern("stdout"), b.stdout);
            vm.dict.put(vm.heap.handles.get(hd), vm.intern("stderr"), b.stderr);
        } finally {
            vm.heap.handles.release(mark);
        }
        b.def(dict, "exit", (self, a, off, n, kw) -> {
            b.args.between("exit", n, 0, 1);
            int args = n == 0 ? vm.seq.newTuple(0) : vm.seq.tupleOf(a[off]);
            throw new PyException(vm.classes.newExceptionInstance(vm.builtinClass("SystemExit"), args));
        });
        b.def(dict, "getrecursionlimit", (self, a, off, n, kw) -> Tag.box(vm.interp.recursionLimit));
        b.def(dict, "setrecursionlimit", (self, a, off, n, kw) -> {
            b.args.exactly("setrecursionlimit", n, 1);
            int limit = b.args.intArg(a[off], "limit");
            if (limit < 1) throw vm.valueError("recursion limit must be greater or equal than 1");
            vm.interp.recursionLimit = limit;
            return vm.none;
        });
    }
}
