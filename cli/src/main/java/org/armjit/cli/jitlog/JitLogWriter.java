package org.armjit.cli.jitlog;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.armjit.jit.JitOptions;
import org.armjit.jit.JitParameter;
import org.armjit.jit.backend.Backend;
import org.armjit.jit.backend.CodeLine;
import org.armjit.jit.backend.CompiledTrace;
import org.armjit.jit.driver.JitDriver;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.TracePrinter;
import org.armjit.jit.log.BytecodeCounts;
import org.armjit.jit.log.JitListener;
import org.armjit.jit.log.TraceInfo;
import org.armjit.jit.log.TraceProfile;
import org.armjit.lang.bytecode.CodeObject;
import org.armjit.lang.bytecode.Opcode;
import org.armjit.lang.vm.Vm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the JIT log (docs/jit-log.md): one JSON object per line, in event order. Code
 * objects and source files are written once, the first time a trace or abort mentions them,
 * so readers find every referenced id earlier in the file.
 */
public final class JitLogWriter implements JitListener, AutoCloseable {
    public static final String FORMAT = "armjit-jit-log";
    public static final int VERSION = 1;

    private final JsonGenerator json;
    private final Set<Integer> codesWritten = new HashSet<>();
    private final Set<String> filesWritten = new HashSet<>();
    private final BytecodeCounts bytecodes = new BytecodeCounts();
    /** Set by {@link #attach}. */
    private Vm vm;
    private JitDriver driver;
    private Map<String, String> knownSources = Map.of();

    /** Opens the log file before the VM exists, so a bad path is a usage error; an IOException here is the user's. */
    public static JitLogWriter open(Path file) throws IOException {
        return new JitLogWriter(Files.newOutputStream(file));
    }

    private JitLogWriter(OutputStream out) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        this.json.setRootValueSeparator(null);
    }

    /**
     * Attaches the log to a VM and its JIT: writes the header, then listens.
     *
     * @param knownSources source text by file name (the program's own, which may not be on disk)
     * @param header       extra header fields (program, argv, engine, target)
     */
    public void attach(Vm vm, JitDriver driver, JitOptions options, Map<String, String> knownSources, Map<String, Object> header) {
        this.vm = vm;
        this.driver = driver;
        this.knownSources = knownSources;
        writeHeader(options, header);
        driver.setListener(this);
        driver.countBytecodes(bytecodes);
    }

    private void writeHeader(JitOptions options, Map<String, Object> header) {
        record(() -> {
            json.writeStringField("event", "header");
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeStringField("time", Instant.now().toString());
            json.writeStringField("backend", driver.backend().name());
            for (Map.Entry<String, Object> e : header.entrySet()) {
                json.writeFieldName(e.getKey());
                writeValue(e.getValue());
            }
            json.writeObjectFieldStart("params");
            for (JitParameter p : JitParameter.values()) json.writeNumberField(p.pypyName, options.get(p));
            json.writeStringField("enable_opts", String.join(":", new TreeSet<>(options.enabledOpts())));
            json.writeEndObject();
        });
    }

    private void writeValue(Object v) throws IOException {
        if (v instanceof List<?> list) {
            json.writeStartArray();
            for (Object o : list) writeValue(o);
            json.writeEndArray();
        } else if (v instanceof Number n) {
            json.writeNumber(n.longValue());
        } else {
            json.writeString(String.valueOf(v));
        }
    }

    // ------------------------------------------------------------------ events

    @Override
    public void traceCompiled(TraceInfo t) {
        Trace last = t.stages().get(t.stages().size() - 1).trace();
        List<int[]> positions = positions(last, t.codeId(), t.pc());
        for (int[] p : positions) if (p != null) ensureCode(p[0]);
        ensureCode(t.codeId());
        record(() -> {
            json.writeStringField("event", "trace");
            json.writeNumberField("id", t.id());
            json.writeStringField("kind", t.kind());
            json.writeNumberField("code", t.codeId());
            json.writeNumberField("pc", t.pc());
            if (t.parentTrace() != 0) {
                json.writeNumberField("parent", t.parentTrace());
                json.writeNumberField("guard", t.guard());
            }
            json.writeArrayFieldStart("bytecodes");
            for (Operation o : t.stages().get(0).trace().ops()) {
                if (o.op == Op.DEBUG_MERGE_POINT) json.writeArray(new int[] {o.aux(0), o.aux(1)}, 0, 2);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("stages");
            for (TraceInfo.Stage s : t.stages()) {
                json.writeStartObject();
                json.writeStringField("pass", s.name());
                writeIr(s.trace());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("positions");
            for (int[] p : positions) {
                if (p == null) json.writeNull();
                else json.writeArray(p, 0, 2);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("guards");
            for (int i = 0; i < last.size(); i++) {
                Operation o = last.ops().get(i);
                if (!o.op.isGuard()) continue;
                json.writeStartObject();
                json.writeNumberField("id", o.guardId);
                json.writeNumberField("op", i);
                var where = o.snapshot.innermost();
                json.writeNumberField("code", where.codeId());
                json.writeNumberField("pc", where.pc());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
        writeCompiled(t);
    }

    private void writeCompiled(TraceInfo t) {
        Backend backend = driver.backend();
        CompiledTrace c = t.compiled();
        List<CodeLine> code = backend.code(c);
        record(() -> {
            json.writeStringField("event", "compiled");
            json.writeNumberField("trace", t.id());
            json.writeStringField("backend", backend.name());
            json.writeNumberField("compile_us", t.compileNanos() / 1000);
            if (!code.isEmpty()) {
                json.writeStringField("address", String.format("%08x", code.get(0).address()));
                json.writeNumberField("bytes", code.size() * 4);
            }
            json.writeArrayFieldStart("insns");
            for (CodeLine l : code) {
                json.writeStartObject();
                json.writeStringField("addr", String.format("%08x", l.address()));
                json.writeStringField("word", String.format("%08x", l.word()));
                json.writeStringField("text", l.text());
                json.writeNumberField("op", l.op());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    @Override
    public void aborted(String reason, String kind, int codeId, int pc, int parentTrace, int guard) {
        ensureCode(codeId);
        record(() -> {
            json.writeStringField("event", "abort");
            json.writeStringField("reason", reason);
            json.writeStringField("kind", kind);
            json.writeNumberField("code", codeId);
            json.writeNumberField("pc", pc);
            if (parentTrace != 0) {
                json.writeNumberField("parent", parentTrace);
                json.writeNumberField("guard", guard);
            }
        });
    }

    @Override
    public void guardHot(int trace, int guard, long failures) {
        record(() -> {
            json.writeStringField("event", "guard_hot");
            json.writeNumberField("trace", trace);
            json.writeNumberField("guard", guard);
            json.writeNumberField("failures", failures);
        });
    }

    @Override
    public void invalidated(int trace, String reason) {
        record(() -> {
            json.writeStringField("event", "invalidate");
            json.writeNumberField("trace", trace);
            json.writeStringField("reason", reason);
        });
    }

    /**
     * At the end of the run: per-trace counts, bytecodes per source line, the --jit-stats
     * figures, and the end marker (a log without it is from a run that did not finish).
     */
    public void finish(Map<String, Object> stats) {
        String unit = driver.backend().name().startsWith("arm") ? "arm_instructions" : "ir_ops";
        for (TraceProfile p : driver.profiles()) {
            record(() -> {
                json.writeStringField("event", "counts");
                json.writeNumberField("trace", p.id);
                json.writeNumberField("entries", p.entries);
                json.writeNumberField(unit, p.work);
                long own = driver.backend().ownWork(p.trace);
                if (own >= 0) json.writeNumberField("own_" + unit, own);
                json.writeObjectFieldStart("guard_failures");
                for (Map.Entry<Integer, Long> e : p.guardFailures.entrySet()) json.writeNumberField(String.valueOf(e.getKey()), e.getValue());
                json.writeEndObject();
            });
        }
        Map<String, Map<Integer, Long>> byFile = new TreeMap<>();
        for (Map.Entry<Integer, long[]> e : bytecodes.byCode().entrySet()) {
            CodeObject co = vm.code(e.getKey()).code;
            ensureCode(e.getKey());
            Map<Integer, Long> lines = byFile.computeIfAbsent(co.filename, f -> new TreeMap<>());
            long[] counts = e.getValue();
            for (int pc = 0; pc < counts.length; pc++) if (counts[pc] != 0) lines.merge(co.lines[pc], counts[pc], Long::sum);
        }
        for (Map.Entry<String, Map<Integer, Long>> f : byFile.entrySet()) {
            record(() -> {
                json.writeStringField("event", "line_counts");
                json.writeStringField("file", f.getKey());
                json.writeObjectFieldStart("interp_bytecodes");
                for (Map.Entry<Integer, Long> e : f.getValue().entrySet()) json.writeNumberField(String.valueOf(e.getKey()), e.getValue());
                json.writeEndObject();
            });
        }
        record(() -> {
            json.writeStringField("event", "stats");
            for (Map.Entry<String, Object> e : stats.entrySet()) {
                json.writeFieldName(e.getKey());
                if (e.getValue() instanceof Double d) json.writeNumber(d);
                else writeValue(e.getValue());
            }
        });
        record(() -> json.writeStringField("event", "end"));
    }

    @Override
    public void close() {
        try {
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the JIT log: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ pieces

    private interface Body {
        void write() throws IOException;
    }

    private void record(Body body) {
        try {
            json.writeStartObject();
            body.write();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the JIT log: " + e.getMessage(), e);
        }
    }

    /** The IR as text lines: line 0 the inputs, line k+1 op k (TracePrinter's form). */
    private void writeIr(Trace trace) throws IOException {
        String[] lines = TracePrinter.print(trace, vm.calls).split("\n");
        json.writeArrayFieldStart("ir");
        for (String l : lines) json.writeString(l);
        json.writeEndArray();
    }

    /** Per op: the bytecode (code id, pc) it belongs to, from the debug_merge_points before it. */
    static List<int[]> positions(Trace trace, int codeId, int pc) {
        List<int[]> out = new ArrayList<>(trace.size());
        int[] at = pc >= 0 ? new int[] {codeId, pc} : null;
        for (Operation o : trace.ops()) {
            if (o.op == Op.DEBUG_MERGE_POINT) at = new int[] {o.aux(0), o.aux(1)};
            out.add(at);
        }
        return out;
    }

    /** Writes a code object's record (and its file's source) the first time it is mentioned. */
    private void ensureCode(int codeId) {
        if (codeId < 0 || !codesWritten.add(codeId)) return;
        CodeObject co = vm.code(codeId).code;
        ensureSource(co.filename);
        record(() -> {
            json.writeStringField("event", "code");
            json.writeNumberField("id", codeId);
            json.writeStringField("name", co.name);
            json.writeStringField("qualname", co.qualname);
            json.writeStringField("file", co.filename);
            json.writeNumberField("first_line", co.firstLine);
            json.writeArrayFieldStart("bytecode");
            for (int pc = 0; pc < co.code.length; pc++) {
                json.writeStartArray();
                json.writeNumber(co.lines[pc]);
                json.writeString(BytecodeText.of(co, pc));
                json.writeEndArray();
            }
            json.writeEndArray();
        });
    }

    private void ensureSource(String file) {
        if (!filesWritten.add(file)) return;
        String text = knownSources.get(file);
        if (text == null) {
            try {
                Path p = Path.of(file);
                if (Files.isRegularFile(p)) text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                text = null; // not readable: the viewer shows line numbers only
            }
        }
        String source = text;
        record(() -> {
            json.writeStringField("event", "source");
            json.writeStringField("file", file);
            if (source != null) json.writeStringField("text", source);
        });
    }

    /** Opcode text for the log, kept in one place. */
    static final class BytecodeText {
        private BytecodeText() {}

        static String of(CodeObject co, int pc) {
            int insn = co.code[pc];
            Opcode op = Opcode.of(insn);
            if (!op.hasArg) return op.name();
            int arg = Opcode.arg(insn);
            String name = op.name();
            String what = null;
            if (name.contains("FAST") && arg < co.varnames.length) what = co.varnames[arg];
            else if (name.contains("CONST") && arg < co.consts.length) what = constText(co.consts[arg]);
            else if ((name.contains("GLOBAL") || name.contains("NAME") || name.contains("ATTR") || name.contains("METHOD"))
                    && arg < co.names.length) what = co.names[arg];
            return what == null ? name + " " + arg : name + " " + arg + " (" + what + ")";
        }

        private static String constText(Object c) {
            if (c instanceof CodeObject co) return "<code " + co.qualname + ">";
            String s = String.valueOf(c);
            return s.length() > 40 ? s.substring(0, 37) + "..." : s;
        }
    }
}
