package org.armjit.lang.vm;

import org.armjit.runtime.mem.GuestMemory;

import org.armjit.lang.CompileLimitError;
import org.armjit.lang.PySyntaxError;
import org.armjit.lang.bytecode.CodeObject;
import org.armjit.lang.compile.Compiler;
import org.armjit.runtime.heap.GuestOutOfMemoryError;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs one program the way {@code python3 prog.py} does: compile, execute, print an
 * uncaught exception's traceback to stderr and return the exit status. Never lets a Java
 * exception escape as a stack trace (unless {@code debug}).
 */
public final class ProgramRunner {
    /** Stack for the interpreter thread: Python calls are Java calls. */
    /**
     * The program thread's stack. A 32-bit JVM (ARM boards) has 3 GiB of address space for
     * everything: a quarter of that would not leave room for the heap after a few programs in
     * one process (armjit check), and its frames are smaller anyway.
     */
    private static final long STACK_BYTES = "32".equals(System.getProperty("sun.arch.data.model")) ? 256L << 20 : 1L << 30;

    public static final class Options {
        public int heapBytes = 64 << 20;
        public boolean gcStress;
        public boolean gcStats;
        public boolean gcVerify;
        /** Called with the new VM before the program runs (the CLI attaches the JIT here). */
        public java.util.function.Consumer<Vm> setup = vm -> { };
        /** Called when the program has ended, before the exit status is returned (statistics). */
        public java.util.function.Consumer<Vm> atExit = vm -> { };
        public boolean debug;
        /**
         * Where the guest heap lives: Java memory at {@link Vm#HEAP_BASE} (simulated mode) unless
         * the JIT's engine needs it elsewhere (native mode: mmap'd memory at its real address).
         */
        public java.util.function.IntFunction<GuestMemory> heapMemory = size -> GuestMemory.allocate(Vm.HEAP_BASE, size);
        /** Called last, however the program ended: releases what setup and heapMemory took (native mappings). */
        public java.util.function.Consumer<Vm> teardown = vm -> { };
    }

    private ProgramRunner() {}

    /** Compiles and runs {@code source}; returns the exit status. */
    public static int run(String source, String filename, String[] argv, Options options, PrintStream out, PrintStream err) {
        PrintStream pyOut = new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8);
        int[] status = {0};
        Throwable[] internal = {null};
        // The compiler runs on the big stack too: its passes recurse as deep as the source nests.
        Thread t = new Thread(null, () -> {
            try {
                CodeObject code = compile(source, filename, err);
                status[0] = code == null ? 1 : execute(code, source, argv, options, pyOut, err);
            } catch (Throwable e) {
                internal[0] = e;
            }
        }, "armjit-main", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        pyOut.flush();
        if (internal[0] != null) {
            err.println("armjit: internal error: " + internal[0]);
            if (options.debug) internal[0].printStackTrace(err);
            err.flush();
            return 2;
        }
        err.flush();
        return status[0];
    }

    /** Compiles the module, or prints CPython's report of why it cannot be compiled and returns null. */
    private static CodeObject compile(String source, String filename, PrintStream err) {
        try {
            return Compiler.compileModule(source, filename);
        } catch (PySyntaxError e) {
            err.print(e.format());
        } catch (CompileLimitError e) {
            err.print(e.format());
        }
        err.flush();
        return null;
    }

    private static int execute(CodeObject code, String source, String[] argv, Options options, PrintStream out, PrintStream err) {
        Vm vm;
        try {
            vm = new Vm(options.heapMemory.apply(options.heapBytes), out, err, argv);
        } catch (GuestOutOfMemoryError | IllegalArgumentException | IllegalStateException e) {
            err.println("armjit: cannot create a guest heap of " + options.heapBytes + " bytes: " + e.getMessage());
            return 2;
        }
        try {
            return runProgram(vm, code, source, options, out, err);
        } finally {
            options.teardown.accept(vm);
        }
    }

    private static int runProgram(Vm vm, CodeObject code, String source, Options options, PrintStream out, PrintStream err) {
        vm.heap.stress = options.gcStress;
        vm.heap.verify = options.gcVerify;
        options.setup.accept(vm);
        int status;
        try {
            int globals = vm.dict.newImmortalDict();
            vm.dict.put(globals, vm.intern("__name__"), vm.intern("__main__"));
            vm.dict.put(globals, vm.intern("__builtins__"), vm.builtinsDict);
            vm.interp.runModule(code, globals);
            status = 0;
        } catch (PyException e) {
            out.flush();
            status = report(vm, e, source, err);
        }
        out.flush();
        options.atExit.accept(vm);
        if (options.gcStats) err.print(vm.heap.stats.format());
        return status;
    }

    /** Handles an uncaught exception: SystemExit's status, or a traceback and status 1. */
    static int report(Vm vm, PyException e, String source, PrintStream err) {
        int exc = e.exc;
        int cls = vm.classes.classOf(exc);
        if (vm.classes.isSubclass(cls, vm.builtinClass("SystemExit"))) {
            int args = vm.classes.exceptionArgs(exc);
            if (vm.seq.tupleLength(args) == 0) return 0;
            int code = vm.seq.tupleGet(args, 0);
            if (code == vm.none) return 0;
            if (vm.ints.isInt(code)) return (int) (vm.ints.fitsLong(code) ? vm.ints.toLong(code) : -1) & 0xff;
            err.println(vm.ops.str(code));
            return 1;
        }
        StringBuilder sb = new StringBuilder("Traceback (most recent call last):\n");
        String[] lines = source.split("\n", -1);
        List<PyException.TracebackEntry> tb = e.traceback;
        for (int i = tb.size() - 1; i >= 0; i--) {
            PyException.TracebackEntry entry = tb.get(i);
            sb.append("  File \"").append(entry.filename()).append("\", line ").append(entry.line())
                    .append(", in ").append(entry.function()).append('\n');
            if (entry.line() >= 1 && entry.line() <= lines.length) {
                String text = lines[entry.line() - 1].strip();
                if (!text.isEmpty()) sb.append("    ").append(text).append('\n');
            }
        }
        String name = vm.classes.name(cls);
        String msg;
        try {
            msg = vm.ops.str(exc);
        } catch (PyException inner) {
            msg = "<exception str() failed>";
        }
        boolean builtin = vm.heap.isPermanent(cls);
        sb.append(builtin ? name : "__main__." + name);
        if (!msg.isEmpty()) sb.append(": ").append(msg);
        if (e.suggestion != null && (vm.classes.isSubclass(cls, vm.builtinClass("NameError"))
                || vm.classes.isSubclass(cls, vm.builtinClass("AttributeError")))) {
            sb.append(". Did you mean: '").append(e.suggestion).append("'?");
        }
        err.println(sb);
        return 1;
    }
}
