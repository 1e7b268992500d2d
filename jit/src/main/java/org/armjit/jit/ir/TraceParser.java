package org.armjit.jit.ir;

import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.TypeId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the text form written by {@link TracePrinter} (tests and the random-trace
 * shrinker write traces this way). Blank lines and lines starting with {@code #} are
 * ignored. Value names need not be numbered in order, but a name is defined once.
 */
public final class TraceParser {
    private final RuntimeCallTable calls;
    private final Map<String, Value> values = new HashMap<>();
    private final TraceBuilder builder = new TraceBuilder();
    private String line;
    private int pos;
    private int lineNo;

    private TraceParser(RuntimeCallTable calls) {
        this.calls = calls;
    }

    public static Trace parse(String text) {
        return parse(text, null);
    }

    /** With a call table, {@code descr=<call NAME>} resolves names; without one only {@code <call #ID>} works. */
    public static Trace parse(String text, RuntimeCallTable calls) {
        return new TraceParser(calls).run(text);
    }

    /** Malformed text, with the line it was found on. */
    public static final class ParseError extends IllegalArgumentException {
        ParseError(String message) {
            super(message);
        }
    }

    private Trace run(String text) {
        boolean sawInputs = false;
        for (String raw : text.split("\n")) {
            lineNo++;
            line = raw.strip();
            pos = 0;
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (!sawInputs) {
                if (!line.startsWith("[")) throw error("expected the input list [i0, p1, ...] first");
                parseInputs();
                sawInputs = true;
                continue;
            }
            parseOp();
        }
        if (!sawInputs) throw error("empty trace");
        return builder.build();
    }

    private ParseError error(String msg) {
        return new ParseError("line " + lineNo + ": " + msg + (line == null ? "" : " in: " + line));
    }

    private void parseInputs() {
        expect('[');
        skipWs();
        if (peek() == ']') {
            pos++;
            return;
        }
        while (true) {
            String n = ident();
            Type t = n.isEmpty() ? null : Type.ofPrefix(n.charAt(0));
            if (t == null) throw error("bad input name '" + n + "'");
            define(n, builder.input(t));
            skipWs();
            if (peek() == ',') {
                pos++;
                continue;
            }
            expect(']');
            return;
        }
    }

    private void define(String name, Value v) {
        if (values.putIfAbsent(name, v) != null) throw error(name + " defined twice");
    }

    private void parseOp() {
        String first = ident();
        String resultName = null;
        skipWs();
        if (peek() == '=') {
            pos++;
            resultName = first;
            skipWs();
            first = ident();
        }
        Op op = Op.byText(first);
        if (op == null) throw error("unknown op '" + first + "'");
        expect('(');
        List<Value> args = new ArrayList<>();
        String descr = null;
        skipWs();
        if (peek() != ')') {
            while (true) {
                skipWs();
                if (line.startsWith("descr=", pos)) {
                    pos += 6;
                    expect('<');
                    int end = line.indexOf('>', pos);
                    if (end < 0) throw error("unclosed descr");
                    descr = line.substring(pos, end).strip();
                    pos = end + 1;
                } else {
                    args.add(operand());
                }
                skipWs();
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                break;
            }
        }
        expect(')');
        int[] aux = new int[op.descr.auxCount];
        int guardId = -1;
        if (descr != null) {
            String[] tok = descr.split("\\s+");
            int k = 0;
            if (op.isGuard()) {
                if (!tok[0].startsWith("Guard0x")) throw error("guard descr must start with Guard0x");
                guardId = Integer.parseInt(tok[0].substring(7), 16);
                k = 1;
            }
            parseDescr(op, tok, k, aux);
        } else if (op.descr != DescrKind.NONE) {
            throw error(op.text + " needs descr=<...>");
        }
        Value[] a = args.toArray(new Value[0]);
        Operation o;
        try {
            if (op.isGuard()) {
                skipWs();
                if (peek() != '[') throw error("guard without snapshot");
                o = builder.guard(op, aux, parseSnapshot(), guardId, a);
            } else {
                o = builder.op(op, aux, a);
            }
        } catch (ParseError e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
        skipWs();
        if (pos != line.length()) throw error("unexpected text '" + line.substring(pos) + "'");
        if (resultName != null) {
            if (op.result == Type.VOID) throw error(op.text + " has no result");
            if (resultName.charAt(0) != op.result.prefix) throw error(resultName + ": " + op.text + " gives " + op.result);
            define(resultName, o);
        } else if (op.result != Type.VOID) {
            throw error(op.text + " needs a result name");
        }
    }

    private void parseDescr(Op op, String[] tok, int k, int[] aux) {
        try {
            switch (op.descr) {
                case NONE -> {}
                case FIELD -> {
                    keyword(tok, k, "field");
                    aux[0] = Integer.parseInt(tok[k + 1]);
                    if (tok.length > k + 2) {
                        keyword(tok, k + 2, "immutable");
                        if (op != Op.GETFIELD_GC_I && op != Op.GETFIELD_GC_R && op != Op.GETFIELD_GC_F) throw error("only loads are immutable");
                        aux[1] = 1;
                    }
                }
                case ARRAY -> { keyword(tok, k, "array"); aux[0] = Integer.parseInt(tok[k + 1]); aux[1] = Integer.parseInt(tok[k + 2]); }
                case NEW -> { keyword(tok, k, "new"); aux[0] = typeId(tok[k + 1]); aux[1] = Integer.parseInt(tok[k + 2]); }
                case NEW_ARRAY -> {
                    keyword(tok, k, "new_array");
                    aux[0] = typeId(tok[k + 1]);
                    aux[1] = Integer.parseInt(tok[k + 2]);
                    aux[2] = Integer.parseInt(tok[k + 3]);
                }
                case CLASS -> { keyword(tok, k, "class"); aux[0] = typeId(tok[k + 1]); }
                case CALL -> {
                    keyword(tok, k, "call");
                    String n = tok[k + 1];
                    if (n.startsWith("#")) aux[0] = Integer.parseInt(n.substring(1));
                    else if (calls != null) aux[0] = calls.byName(n).id();
                    else throw error("call by name needs a RuntimeCallTable: " + n);
                }
                case TOKEN -> {
                    if (!tok[k].startsWith("Loop")) throw error("expected LoopN");
                    aux[0] = Integer.parseInt(tok[k].substring(4));
                }
                case DEBUG -> {
                    keyword(tok, k, "code");
                    aux[0] = Integer.parseInt(tok[k + 1]);
                    keyword(tok, k + 2, "pc");
                    aux[1] = Integer.parseInt(tok[k + 3]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            throw error("bad descr for " + op.text + ": " + String.join(" ", tok));
        }
    }

    private void keyword(String[] tok, int k, String kw) {
        if (!tok[k].equals(kw)) throw error("expected '" + kw + "' in descr, got '" + tok[k] + "'");
    }

    private int typeId(String s) {
        if (Character.isDigit(s.charAt(0))) return Integer.parseInt(s);
        try {
            return TypeId.valueOf(s).id();
        } catch (IllegalArgumentException e) {
            throw error("unknown type " + s);
        }
    }

    // ------------------------------------------------------------------ snapshots

    private Snapshot parseSnapshot() {
        expect('[');
        List<int[]> heads = new ArrayList<>();
        List<List<String>> slotTokens = new ArrayList<>();
        while (true) {
            skipWs();
            int code = integer();
            expect('@');
            int pc = integer();
            expect(':');
            List<String> slots = new ArrayList<>();
            skipWs();
            while (peek() != '|' && peek() != ']') {
                slots.add(token());
                skipWs();
                if (peek() == ',') {
                    pos++;
                    skipWs();
                }
            }
            heads.add(new int[] {code, pc});
            slotTokens.add(slots);
            if (peek() == '|') {
                pos++;
                continue;
            }
            expect(']');
            break;
        }
        Map<String, VirtualObject> virtuals = new HashMap<>();
        List<String[]> fieldDefs = new ArrayList<>();
        List<VirtualObject> order = new ArrayList<>();
        skipWs();
        if (peek() == '{') {
            pos++;
            int end = line.indexOf('}', pos);
            if (end < 0) throw error("unclosed virtuals");
            for (String def : line.substring(pos, end).split(";")) {
                String[] tok = def.strip().split("\\s+");
                if (tok.length < 3 || !tok[0].endsWith(":")) throw error("bad virtual '" + def + "'");
                String name = tok[0].substring(0, tok[0].length() - 1);
                VirtualObject vo = new VirtualObject(typeId(tok[1]), Integer.parseInt(tok[2]));
                if (virtuals.put(name, vo) != null) throw error(name + " defined twice");
                order.add(vo);
                fieldDefs.add(tok);
            }
            pos = end + 1;
        }
        for (int i = 0; i < order.size(); i++) {
            String[] tok = fieldDefs.get(i);
            for (int k = 3; k < tok.length; k++) {
                String f = tok[k];
                int eq = f.indexOf('=');
                if (!f.startsWith("+") || eq < 0) throw error("bad field '" + f + "'");
                order.get(i).setField(Integer.parseInt(f.substring(1, eq)), slotValue(f.substring(eq + 1), virtuals));
            }
        }
        List<FrameState> frames = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            List<String> toks = slotTokens.get(i);
            Value[] slots = new Value[toks.size()];
            for (int k = 0; k < slots.length; k++) slots[k] = slotValue(toks.get(k), virtuals);
            frames.add(new FrameState(heads.get(i)[0], heads.get(i)[1], slots));
        }
        return new Snapshot(frames);
    }

    private Value slotValue(String tok, Map<String, VirtualObject> virtuals) {
        if (tok.matches("v\\d+")) {
            VirtualObject vo = virtuals.get(tok);
            if (vo == null) throw error("undefined virtual " + tok);
            return vo;
        }
        return constantOrName(tok);
    }

    // ------------------------------------------------------------------ lexing

    private Value operand() {
        return constantOrName(token());
    }

    private Value constantOrName(String tok) {
        if (tok.startsWith("ConstPtr(")) {
            String in = tok.substring(9, tok.length() - 1);
            if (in.equals("null")) return Const.NULL;
            if (!in.startsWith("0x")) throw error("bad ConstPtr " + tok);
            return Const.ofRef(Integer.parseUnsignedInt(in.substring(2), 16));
        }
        char c = tok.charAt(0);
        if (Character.isDigit(c) || c == '-' || c == '+' || tok.equals("NaN") || tok.equals("Infinity")) {
            try {
                if (tok.matches("[-+]?\\d+")) return Const.ofInt(Integer.parseInt(tok));
                return Const.ofFloat(Double.parseDouble(tok));
            } catch (NumberFormatException e) {
                throw error("bad constant " + tok);
            }
        }
        Value v = values.get(tok);
        if (v == null) throw error("undefined value " + tok);
        return v;
    }

    /** A token: up to the next separator, with ConstPtr(...) kept whole. */
    private String token() {
        skipWs();
        int start = pos;
        if (line.startsWith("ConstPtr(", pos)) {
            int end = line.indexOf(')', pos);
            if (end < 0) throw error("unclosed ConstPtr");
            pos = end + 1;
            return line.substring(start, pos);
        }
        while (pos < line.length() && ",)]|} \t".indexOf(line.charAt(pos)) < 0) pos++;
        if (pos == start) throw error("expected an operand at column " + pos);
        return line.substring(start, pos);
    }

    private String ident() {
        skipWs();
        int start = pos;
        while (pos < line.length() && (Character.isLetterOrDigit(line.charAt(pos)) || line.charAt(pos) == '_')) pos++;
        return line.substring(start, pos);
    }

    private int integer() {
        skipWs();
        int start = pos;
        if (peek() == '-') pos++;
        while (pos < line.length() && Character.isDigit(line.charAt(pos))) pos++;
        try {
            return Integer.parseInt(line.substring(start, pos));
        } catch (NumberFormatException e) {
            throw error("expected an integer at column " + start);
        }
    }

    private char peek() {
        return pos < line.length() ? line.charAt(pos) : '\0';
    }

    private void skipWs() {
        while (pos < line.length() && Character.isWhitespace(line.charAt(pos))) pos++;
    }

    private void expect(char c) {
        skipWs();
        if (peek() != c) throw error("expected '" + c + "' at column " + pos);
        pos++;
    }
}
