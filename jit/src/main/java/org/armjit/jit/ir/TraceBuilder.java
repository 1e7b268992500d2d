package org.armjit.jit.ir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a trace op by op: the recorder's and every pass's way of making IR. Assigns
 * guard ids (keeping a suggested one when it is still free) and checks operand counts;
 * the {@link Verifier} checks the rest.
 */
public final class TraceBuilder {
    private final List<InputArg> inputs = new ArrayList<>();
    private final List<Operation> ops = new ArrayList<>();
    private final Set<Integer> guardIds = new HashSet<>();
    private int nextGuardId;
    private static final int[] NO_AUX = new int[0];

    public InputArg input(Type type) {
        InputArg a = new InputArg(type);
        inputs.add(a);
        return a;
    }

    public void addInput(InputArg a) {
        inputs.add(a);
    }

    public List<Operation> ops() {
        return ops;
    }

    public Operation op(Op op, Value... args) {
        return op(op, NO_AUX, args);
    }

    public Operation op(Op op, int[] aux, Value... args) {
        if (op.isGuard()) throw new IllegalArgumentException(op.text + " needs a snapshot: use guard()");
        return add(new Operation(op, check(op, aux, args), aux, null, -1));
    }

    public Operation guard(Op op, Snapshot snapshot, Value... args) {
        return guard(op, NO_AUX, snapshot, -1, args);
    }

    /** A guard; {@code suggestedId} is kept if no guard of this trace has it yet (-1: any). */
    public Operation guard(Op op, int[] aux, Snapshot snapshot, int suggestedId, Value... args) {
        if (!op.isGuard()) throw new IllegalArgumentException(op.text + " is not a guard");
        if (snapshot == null) throw new IllegalArgumentException(op.text + " without a snapshot");
        int id = suggestedId >= 0 && !guardIds.contains(suggestedId) ? suggestedId : freshGuardId();
        guardIds.add(id);
        nextGuardId = Math.max(nextGuardId, id + 1);
        return add(new Operation(op, check(op, aux, args), aux, snapshot, id));
    }

    /** A copy of {@code o} with new operands (and, for guards, a new snapshot), keeping its guard id when free. */
    public Operation copy(Operation o, Value[] args, Snapshot snapshot) {
        if (o.op.isGuard()) return guard(o.op, o.aux, snapshot, o.guardId, args);
        return op(o.op, o.aux, args);
    }

    private int freshGuardId() {
        while (guardIds.contains(nextGuardId)) nextGuardId++;
        return nextGuardId;
    }

    private static Value[] check(Op op, int[] aux, Value[] args) {
        if (!op.isVarargs() && args.length != op.arity()) {
            throw new IllegalArgumentException(op.text + " takes " + op.arity() + " operands, got " + args.length);
        }
        if (aux.length != op.descr.auxCount) {
            throw new IllegalArgumentException(op.text + " takes " + op.descr.auxCount + " immediates, got " + aux.length);
        }
        for (Value v : args) if (v == null) throw new IllegalArgumentException(op.text + ": null operand");
        return args.clone();
    }

    private Operation add(Operation o) {
        ops.add(o);
        return o;
    }

    public Trace build() {
        return new Trace(inputs, ops);
    }

    // Shorthands used by the recorder and tests.

    public Operation getfield(Type t, Value obj, int offset) {
        return op(Op.getfield(t), new int[] {offset, 0}, obj);
    }

    /** A load of a field that never changes once its object is made (see {@link DescrKind#FIELD}). */
    public Operation getfieldImmutable(Type t, Value obj, int offset) {
        return op(Op.getfield(t), new int[] {offset, 1}, obj);
    }

    public Operation setfield(Value obj, int offset, Value v) {
        return op(Op.SETFIELD_GC, new int[] {offset, 0}, obj, v);
    }

    public Operation getarrayitem(Type t, Value arr, Value index, int base, int scale) {
        return op(Op.getarrayitem(t), new int[] {base, scale}, arr, index);
    }

    public Operation setarrayitem(Value arr, Value index, Value v, int base, int scale) {
        return op(Op.SETARRAYITEM_GC, new int[] {base, scale}, arr, index, v);
    }

    public Operation newObject(int typeId, int size) {
        return op(Op.NEW, new int[] {typeId, size});
    }

    public Operation newArray(int typeId, int base, int scale, Value length) {
        return op(Op.NEW_ARRAY, new int[] {typeId, base, scale}, length);
    }

    public Operation call(Type result, int callId, Value... args) {
        return op(Op.call(result), new int[] {callId}, args);
    }

    public Operation label(int token, Value... args) {
        return op(Op.LABEL, new int[] {token}, args);
    }

    public Operation jump(int token, Value... args) {
        return op(Op.JUMP, new int[] {token}, args);
    }

    public Operation finish(Value... args) {
        return op(Op.FINISH, args);
    }

    public Operation guardClass(int typeId, Snapshot snapshot, Value obj) {
        return guard(Op.GUARD_CLASS, new int[] {typeId}, snapshot, -1, obj);
    }

    public Operation debugMergePoint(int codeId, int pc) {
        return op(Op.DEBUG_MERGE_POINT, new int[] {codeId, pc});
    }
}
