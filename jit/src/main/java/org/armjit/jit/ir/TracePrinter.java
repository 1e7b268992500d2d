package org.armjit.jit.ir;

import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.TypeId;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a trace in the text form of PyPy's jit-log-opt, extended with our snapshots:
 * <pre>
 * [i0, p1]
 * label(i0, p1, descr=&lt;Loop1&gt;)
 * i2 = int_add_ovf(i0, 1)
 * guard_no_overflow(descr=&lt;Guard0x0&gt;) [3@18: i0, p1, v0] {v0: FLOAT 16 +8=f3}
 * jump(i2, p1, descr=&lt;Loop1&gt;)
 * </pre>
 * A guard's snapshot is written {@code [code@pc: slot, ...| code@pc: ...]}, innermost
 * frame last, followed by its virtual objects. Values are renumbered in order of
 * definition; {@link TraceParser} reads this form back.
 */
public final class TracePrinter {
    private final RuntimeCallTable calls;
    private final Map<Value, String> names = new IdentityHashMap<>();
    private int counter;

    private TracePrinter(RuntimeCallTable calls) {
        this.calls = calls;
    }

    public static String print(Trace trace) {
        return print(trace, null);
    }

    /** With a call table, calls are written by helper name rather than by id. */
    public static String print(Trace trace, RuntimeCallTable calls) {
        return new TracePrinter(calls).printTrace(trace);
    }

    private String name(Value v) {
        if (v.isConst()) return v.toString();
        String n = names.get(v);
        if (n == null) {
            n = v.type().prefix + Integer.toString(counter++);
            names.put(v, n);
        }
        return n;
    }

    private String printTrace(Trace trace) {
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        List<InputArg> in = trace.inputs();
        for (int i = 0; i < in.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(name(in.get(i)));
        }
        sb.append("]\n");
        for (Operation o : trace.ops()) {
            printOp(sb, o);
            sb.append('\n');
        }
        return sb.toString();
    }

    private void printOp(StringBuilder sb, Operation o) {
        if (o.type() != Type.VOID) sb.append(name(o)).append(" = ");
        sb.append(o.op.text).append('(');
        boolean first = true;
        for (int i = 0; i < o.argCount(); i++) {
            if (!first) sb.append(", ");
            first = false;
            sb.append(name(o.arg(i)));
        }
        String d = descr(o);
        if (d != null) {
            if (!first) sb.append(", ");
            sb.append("descr=<").append(d).append('>');
        }
        sb.append(')');
        if (o.snapshot != null) printSnapshot(sb, o.snapshot);
    }

    private String descr(Operation o) {
        int[] a = o.aux;
        String body = switch (o.op.descr) {
            case NONE -> null;
            case FIELD -> "field " + a[0] + (a[1] == 1 ? " immutable" : "");
            case ARRAY -> "array " + a[0] + " " + a[1];
            case NEW -> "new " + typeName(a[0]) + " " + a[1];
            case NEW_ARRAY -> "new_array " + typeName(a[0]) + " " + a[1] + " " + a[2];
            case CLASS -> "class " + typeName(a[0]);
            case CALL -> "call " + (calls != null && a[0] >= 0 && a[0] < calls.all().size() ? calls.get(a[0]).name() : "#" + a[0]);
            case TOKEN -> "Loop" + a[0];
            case DEBUG -> "code " + a[0] + " pc " + a[1];
        };
        if (o.op.isGuard()) {
            String g = "Guard0x" + Integer.toHexString(o.guardId);
            return body == null ? g : g + " " + body;
        }
        return body;
    }

    static String typeName(int id) {
        return id >= 0 && id < TypeId.values().length ? TypeId.of(id).name() : Integer.toString(id);
    }

    private void printSnapshot(StringBuilder sb, Snapshot s) {
        Map<VirtualObject, String> vnames = new IdentityHashMap<>();
        List<VirtualObject> virtuals = s.virtuals();
        for (int i = 0; i < virtuals.size(); i++) vnames.put(virtuals.get(i), "v" + i);
        sb.append(" [");
        for (int f = 0; f < s.frames().size(); f++) {
            FrameState fs = s.frames().get(f);
            if (f > 0) sb.append(" | ");
            sb.append(fs.codeId()).append('@').append(fs.pc()).append(':');
            for (int i = 0; i < fs.size(); i++) {
                sb.append(i == 0 ? " " : ", ");
                slot(sb, fs.slot(i), vnames);
            }
        }
        sb.append(']');
        if (!virtuals.isEmpty()) {
            sb.append(" {");
            for (int i = 0; i < virtuals.size(); i++) {
                VirtualObject vo = virtuals.get(i);
                if (i > 0) sb.append("; ");
                sb.append("v").append(i).append(": ").append(typeName(vo.typeId)).append(' ').append(vo.size);
                for (int k = 0; k < vo.fieldCount(); k++) {
                    sb.append(" +").append(vo.fieldOffset(k)).append('=');
                    slot(sb, vo.fieldValue(k), vnames);
                }
            }
            sb.append('}');
        }
    }

    private void slot(StringBuilder sb, Value v, Map<VirtualObject, String> vnames) {
        if (v instanceof VirtualObject vo) sb.append(vnames.get(vo));
        else sb.append(name(v));
    }
}
