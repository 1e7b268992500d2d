package org.armjit.cli.viewer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.armjit.cli.jitlog.JitLog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the viewer page shows, computed from a log: per trace its place, cost, guards with
 * failure counts and bridges, IR per stage and machine code; per source line the bytecodes
 * the interpreter ran there and the compiled work attributed to it. The page's script only
 * lays this out.
 *
 * <p>Compiled work per line is an estimate: the log counts work per trace entry (from entry to
 * exit, bridges included), so each root trace's work is spread over the source lines of its
 * code (and of its bridges') in proportion to the instructions (IR ops for the IR backend)
 * each line emitted.
 */
public final class ViewerModel {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ViewerModel() {}

    public static ObjectNode build(JitLog log) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("header", log.header);
        root.put("log", log.file.toString());
        root.put("complete", log.complete);
        root.set("stats", log.stats == null ? MAPPER.createObjectNode() : log.stats);
        String unit = log.header.path("backend").asText().startsWith("arm") ? "arm_instructions" : "ir_ops";
        root.put("unit", unit);

        ObjectNode codes = root.putObject("codes");
        for (Map.Entry<Integer, JsonNode> e : log.codes.entrySet()) codes.set(String.valueOf(e.getKey()), e.getValue());

        Map<Integer, List<Integer>> bridgesOf = new HashMap<>();
        for (JsonNode t : log.traces.values()) {
            if (t.has("parent")) bridgesOf.computeIfAbsent(t.path("parent").asInt(), k -> new ArrayList<>()).add(t.path("id").asInt());
        }
        Map<String, Map<Integer, Double>> compiledByLine = new TreeMap<>();
        ArrayNode traces = root.putArray("traces");
        for (JsonNode t : log.traces.values()) {
            int id = t.path("id").asInt();
            JsonNode counts = log.counts.get(id);
            JsonNode compiled = log.compiled.get(id);
            ObjectNode v = traces.addObject();
            v.put("id", id);
            v.put("kind", t.path("kind").asText());
            v.put("code", t.path("code").asInt());
            v.put("pc", t.path("pc").asInt());
            JsonNode code = log.codes.get(t.path("code").asInt());
            v.put("file", code == null ? "" : code.path("file").asText());
            v.put("name", code == null ? "" : code.path("qualname").asText());
            v.put("line", lineOf(log, t.path("code").asInt(), t.path("pc").asInt()));
            if (t.has("parent")) {
                v.put("parent", t.path("parent").asInt());
                v.put("guard", t.path("guard").asInt());
            }
            v.put("entries", counts == null ? 0 : counts.path("entries").asLong());
            long work = counts == null ? 0 : counts.path(unit).asLong();
            v.put("work", work);
            if (counts != null && counts.has("own_" + unit)) v.put("own", counts.path("own_" + unit).asLong());
            v.set("stages", t.path("stages"));
            v.set("positions", t.path("positions"));
            v.set("bytecodes", t.path("bytecodes"));
            ArrayNode insns = compiled == null ? MAPPER.createArrayNode() : (ArrayNode) compiled.path("insns");
            v.set("insns", insns);
            v.put("bytes", compiled == null ? 0 : compiled.path("bytes").asLong());
            v.put("compile_us", compiled == null ? 0 : compiled.path("compile_us").asLong());
            ArrayNode guards = v.putArray("guards");
            long failures = 0;
            for (JsonNode g : t.path("guards")) {
                ObjectNode gv = guards.addObject();
                gv.setAll((ObjectNode) g);
                long f = counts == null ? 0 : counts.path("guard_failures").path(g.path("id").asText()).asLong();
                gv.put("failures", f);
                gv.put("line", lineOf(log, g.path("code").asInt(), g.path("pc").asInt()));
                failures += f;
                for (int b : bridgesOf.getOrDefault(id, List.of())) {
                    if (log.traces.get(b).path("guard").asInt() == g.path("id").asInt()) gv.put("bridge", b);
                }
            }
            v.put("failures", failures);
            // Lines of this trace with their static share, for the page and for the per-line estimate.
            Map<String, Map<Integer, Integer>> weight = lineWeights(log, t, insns);
            ArrayNode lines = v.putArray("lines");
            weight.forEach((file, m) -> m.keySet().forEach(l -> lines.addObject().put("file", file).put("line", l)));
            if (work > 0) spread(log, t, work, weight, bridgesOf, compiledByLine);
        }

        ObjectNode files = root.putObject("files");
        for (Map.Entry<String, JsonNode> s : log.sources.entrySet()) {
            ObjectNode f = files.putObject(s.getKey());
            f.put("text", s.getValue().path("text").asText(""));
            f.putObject("interp");
            ObjectNode c = f.putObject("compiled");
            compiledByLine.getOrDefault(s.getKey(), Map.of()).forEach((l, w) -> c.put(String.valueOf(l), Math.round(w)));
        }
        for (JsonNode lc : log.lineCounts) {
            ObjectNode f = (ObjectNode) files.get(lc.path("file").asText());
            if (f != null) f.set("interp", lc.path("interp_bytecodes"));
        }

        ArrayNode aborts = root.putArray("aborts");
        for (JsonNode a : log.aborts) {
            ObjectNode av = aborts.addObject();
            av.setAll((ObjectNode) a);
            JsonNode code = log.codes.get(a.path("code").asInt());
            av.put("file", code == null ? "" : code.path("file").asText());
            av.put("line", lineOf(log, a.path("code").asInt(), a.path("pc").asInt()));
        }
        ArrayNode inval = root.putArray("invalidations");
        log.invalidations.forEach(inval::add);
        return root;
    }

    /** The source line of (code, pc); a function's entry (-1) is its first line. */
    static int lineOf(JitLog log, int codeId, int pc) {
        JsonNode code = log.codes.get(codeId);
        if (code == null) return 0;
        JsonNode bc = code.path("bytecode");
        if (pc < 0 || pc >= bc.size()) return code.path("first_line").asInt();
        return bc.get(pc).get(0).asInt();
    }

    /** Per file and line: machine instructions (or IR ops, without machine code) of the trace there. */
    private static Map<String, Map<Integer, Integer>> lineWeights(JitLog log, JsonNode t, JsonNode insns) {
        JsonNode positions = t.path("positions");
        Map<String, Map<Integer, Integer>> w = new TreeMap<>();
        if (insns.size() > 0) {
            for (JsonNode i : insns) add(log, w, positions.path(i.path("op").asInt()));
        } else {
            for (JsonNode p : positions) add(log, w, p);
        }
        return w;
    }

    private static void add(JitLog log, Map<String, Map<Integer, Integer>> w, JsonNode pos) {
        if (!pos.isArray() || pos.size() < 2) return;
        JsonNode code = log.codes.get(pos.get(0).asInt());
        if (code == null) return;
        w.computeIfAbsent(code.path("file").asText(), f -> new TreeMap<>())
                .merge(lineOf(log, pos.get(0).asInt(), pos.get(1).asInt()), 1, Integer::sum);
    }

    /** Spreads a root trace's work over its lines and its bridges' lines, by static weight. */
    private static void spread(JitLog log, JsonNode t, long work, Map<String, Map<Integer, Integer>> own,
                               Map<Integer, List<Integer>> bridgesOf, Map<String, Map<Integer, Double>> out) {
        Map<String, Map<Integer, Integer>> all = new TreeMap<>();
        merge(all, own);
        List<Integer> todo = new ArrayList<>(bridgesOf.getOrDefault(t.path("id").asInt(), List.of()));
        for (int k = 0; k < todo.size(); k++) {
            JsonNode b = log.traces.get(todo.get(k));
            JsonNode c = log.compiled.get(todo.get(k));
            merge(all, lineWeights(log, b, c == null ? MAPPER.createArrayNode() : c.path("insns")));
            todo.addAll(bridgesOf.getOrDefault(todo.get(k), List.of()));
        }
        double total = all.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        if (total == 0) return;
        all.forEach((file, m) -> m.forEach((line, n) ->
                out.computeIfAbsent(file, f -> new TreeMap<>()).merge(line, work * n / total, Double::sum)));
    }

    private static void merge(Map<String, Map<Integer, Integer>> into, Map<String, Map<Integer, Integer>> from) {
        from.forEach((file, m) -> m.forEach((line, n) -> into.computeIfAbsent(file, f -> new TreeMap<>()).merge(line, n, Integer::sum)));
    }

    /** The model as JSON that is safe inside a script element. */
    public static String toScriptJson(ObjectNode model) {
        try {
            return MAPPER.writeValueAsString(model).replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
