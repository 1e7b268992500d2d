package org.armjit.jit.ir;

import org.armjit.runtime.calls.RuntimeCall;
import org.armjit.runtime.calls.RuntimeCallTable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a trace is well formed; tests run it after every pass.
 * <ul>
 *   <li>SSA: every operand is a constant or a value defined earlier, and still visible:
 *   after a label only its arguments and later definitions are (PyPy's rule, which is
 *   what lets a jump reassign them);</li>
 *   <li>kinds: operands as {@link Op} says, result kinds, call signatures from the
 *   RuntimeCallTable, guard_value's constant of the same kind;</li>
 *   <li>guards: each has a snapshot whose values are visible, and a unique id;
 *   virtual objects appear only in snapshots;</li>
 *   <li>overflow: an _ovf op is followed at once by guard_no_overflow or guard_overflow,
 *   and those follow only an _ovf op;</li>
 *   <li>control: the trace ends with its only jump or finish; label arguments are
 *   distinct non-constant values; a jump's arguments match its target label, in this
 *   trace or (for bridges) as given by {@code externalLabels}.</li>
 * </ul>
 */
public final class Verifier {
    /** A trace that breaks a rule. */
    public static final class Failure extends RuntimeException {
        public Failure(String message) {
            super(message);
        }
    }

    private Verifier() {}

    public static void verify(Trace trace) {
        verify(trace, null, Map.of());
    }

    /**
     * @param calls          to check call signatures (null: skip)
     * @param externalLabels token -> argument kinds of labels in other compiled traces that jumps may target
     */
    public static void verify(Trace trace, RuntimeCallTable calls, Map<Integer, List<Type>> externalLabels) {
        List<String> errors = new ArrayList<>();
        Set<Value> visible = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Value> defined = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Integer, List<Type>> labels = new HashMap<>();
        Set<Integer> guardIds = new HashSet<>();
        for (InputArg a : trace.inputs()) {
            if (!defined.add(a)) errors.add("input listed twice");
            visible.add(a);
        }
        for (Operation o : trace.ops()) {
            if (o.op == Op.LABEL) labels.put(o.aux[0], kinds(o));
        }
        List<Operation> ops = trace.ops();
        if (ops.isEmpty()) errors.add("empty trace");
        for (int idx = 0; idx < ops.size(); idx++) {
            Operation o = ops.get(idx);
            String where = "op " + idx + " (" + o.op.text + "): ";
            for (int i = 0; i < o.argCount(); i++) {
                Value v = o.arg(i);
                checkOperand(v, visible, where + "operand " + i, errors);
                if (!o.op.isVarargs()) {
                    Type want = o.op.argType(i);
                    if (want != null && v.type() != want) errors.add(where + "operand " + i + " is " + v.type() + ", want " + want);
                }
            }
            if (o.aux.length != o.op.descr.auxCount) errors.add(where + "wrong number of immediates");
            switch (o.op) {
                case GUARD_VALUE -> {
                    if (!o.arg(1).isConst()) errors.add(where + "second operand must be a constant");
                    if (o.arg(0).type() != o.arg(1).type()) errors.add(where + "kinds differ");
                }
                case CALL_I, CALL_R, CALL_F, CALL_N -> {
                    if (calls != null) {
                        if (o.aux[0] < 0 || o.aux[0] >= calls.all().size()) {
                            errors.add(where + "no runtime call #" + o.aux[0]);
                        } else {
                            RuntimeCall c = calls.get(o.aux[0]);
                            if (Type.of(c.result()) != o.op.result) errors.add(where + c.name() + " returns " + c.result());
                            if (c.args().size() != o.argCount()) {
                                errors.add(where + c.name() + " takes " + c.args().size() + " arguments");
                            } else {
                                for (int i = 0; i < o.argCount(); i++) {
                                    if (o.arg(i).type() != Type.of(c.args().get(i))) errors.add(where + c.name() + " argument " + i + " kind");
                                }
                            }
                        }
                    }
                }
                case LABEL -> {
                    Set<Value> args = Collections.newSetFromMap(new IdentityHashMap<>());
                    for (int i = 0; i < o.argCount(); i++) {
                        Value v = o.arg(i);
                        if (v.isConst()) errors.add(where + "constant label argument");
                        if (!args.add(v)) errors.add(where + "label argument listed twice");
                    }
                    visible.clear();
                    visible.addAll(args);
                }
                case JUMP -> {
                    List<Type> target = labels.get(o.aux[0]);
                    if (target == null) target = externalLabels.get(o.aux[0]);
                    if (target == null) errors.add(where + "no label Loop" + o.aux[0]);
                    else if (!target.equals(kinds(o))) errors.add(where + "arguments " + kinds(o) + " do not match label " + target);
                }
                default -> {}
            }
            if (o.op.isControl() && o.op != Op.LABEL && idx != ops.size() - 1) errors.add(where + "must be the last op");
            if (idx == ops.size() - 1 && o.op != Op.JUMP && o.op != Op.FINISH) errors.add("trace does not end with jump or finish");
            if (o.op.isGuard()) {
                if (o.snapshot == null) errors.add(where + "guard without snapshot");
                else checkSnapshot(o.snapshot, visible, where, errors);
                if (!guardIds.add(o.guardId)) errors.add(where + "guard id " + o.guardId + " used twice");
            } else if (o.snapshot != null) {
                errors.add(where + "snapshot on a non-guard");
            }
            boolean prevOvf = idx > 0 && ops.get(idx - 1).op.isOvf();
            boolean isOvfGuard = o.op == Op.GUARD_NO_OVERFLOW || o.op == Op.GUARD_OVERFLOW;
            if (isOvfGuard && !prevOvf) errors.add(where + "does not follow an _ovf op");
            if (prevOvf && !isOvfGuard) errors.add(where + "an _ovf op must be followed by guard_no_overflow or guard_overflow");
            if (o.op.result != Type.VOID) {
                if (!defined.add(o)) errors.add(where + "defined twice");
                visible.add(o);
            }
            if (errors.size() > 20) break;
        }
        if (!errors.isEmpty()) throw new Failure(String.join("\n", errors) + "\n--- trace:\n" + TracePrinter.print(trace, calls));
    }

    private static List<Type> kinds(Operation o) {
        List<Type> k = new ArrayList<>(o.argCount());
        for (int i = 0; i < o.argCount(); i++) k.add(o.arg(i).type());
        return k;
    }

    private static void checkOperand(Value v, Set<Value> visible, String where, List<String> errors) {
        if (v.isConst()) return;
        if (v instanceof VirtualObject) errors.add(where + " is a virtual object outside a snapshot");
        else if (v.type() == Type.VOID) errors.add(where + " has no value");
        else if (!visible.contains(v)) errors.add(where + " is not defined here");
    }

    private static void checkSnapshot(Snapshot s, Set<Value> visible, String where, List<String> errors) {
        for (Value v : s.liveValues()) {
            if (v.type() == Type.VOID || !visible.contains(v)) errors.add(where + "snapshot value not defined here");
        }
        for (VirtualObject vo : s.virtuals()) {
            for (int i = 0; i < vo.fieldCount(); i++) {
                int off = vo.fieldOffset(i);
                if (off < 4 || off + vo.fieldValue(i).type().fieldWidth() > vo.size) {
                    errors.add(where + "virtual field +" + off + " outside its object");
                }
            }
        }
    }
}
