package org.armjit.cli.jitlog;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JIT log as read back: its records in order, indexed by what tools look up (traces and
 * code objects by id, counts by trace). References are checked: a trace's parent, a count's
 * trace and a code id must have been defined earlier in the file.
 */
public final class JitLog {
    public final Path file;
    public final List<JitLogReader.Entry> entries;
    public final JsonNode header;
    public final Map<Integer, JsonNode> traces = new LinkedHashMap<>();
    public final Map<Integer, JsonNode> compiled = new LinkedHashMap<>();
    public final Map<Integer, JsonNode> counts = new LinkedHashMap<>();
    public final Map<Integer, JsonNode> codes = new LinkedHashMap<>();
    public final Map<String, JsonNode> sources = new LinkedHashMap<>();
    public final List<JsonNode> aborts = new ArrayList<>();
    public final List<JsonNode> invalidations = new ArrayList<>();
    public final List<JsonNode> lineCounts = new ArrayList<>();
    /** The --jit-stats figures (null if the run did not reach its end). */
    public JsonNode stats;
    public boolean complete;

    private JitLog(Path file, List<JitLogReader.Entry> entries) {
        this.file = file;
        this.entries = List.copyOf(entries);
        this.header = entries.get(0).node();
    }

    static JitLog of(Path file, List<JitLogReader.Entry> entries) throws JitLogReader.BadLog {
        JitLog log = new JitLog(file, entries);
        for (JitLogReader.Entry e : entries) log.index(e);
        return log;
    }

    private void index(JitLogReader.Entry e) throws JitLogReader.BadLog {
        JsonNode n = e.node();
        switch (e.event()) {
            case "source" -> sources.put(text(e, "file"), n);
            case "code" -> codes.put(integer(e, "id"), n);
            case "trace" -> {
                int id = integer(e, "id");
                knownCode(e, integer(e, "code"));
                if (n.has("parent")) knownTrace(e, integer(e, "parent"));
                if (!n.path("stages").isArray() || n.path("stages").isEmpty()) throw bad(e, "trace without stages");
                traces.put(id, n);
            }
            case "compiled" -> compiled.put(knownTrace(e, integer(e, "trace")), n);
            case "counts" -> counts.put(knownTrace(e, integer(e, "trace")), n);
            case "abort" -> aborts.add(n);
            case "invalidate" -> invalidations.add(n);
            case "line_counts" -> lineCounts.add(n);
            case "stats" -> stats = n;
            case "end" -> complete = true;
            default -> { } // header, guard_hot, and events of later minor additions: kept in entries
        }
    }

    private int knownTrace(JitLogReader.Entry e, int id) throws JitLogReader.BadLog {
        if (!traces.containsKey(id)) throw bad(e, "trace " + id + " is not defined before this line");
        return id;
    }

    private void knownCode(JitLogReader.Entry e, int id) throws JitLogReader.BadLog {
        if (!codes.containsKey(id)) throw bad(e, "code " + id + " is not defined before this line");
    }

    private JitLogReader.BadLog bad(JitLogReader.Entry e, String what) {
        return new JitLogReader.BadLog(file + ":" + e.line() + ": " + what);
    }

    private int integer(JitLogReader.Entry e, String field) throws JitLogReader.BadLog {
        JsonNode v = e.node().get(field);
        if (v == null || !v.canConvertToInt()) throw bad(e, e.event() + " record without an integer \"" + field + "\"");
        return v.asInt();
    }

    private String text(JitLogReader.Entry e, String field) throws JitLogReader.BadLog {
        JsonNode v = e.node().get(field);
        if (v == null || !v.isTextual()) throw bad(e, e.event() + " record without a text \"" + field + "\"");
        return v.asText();
    }

    /** Traces of one kind ("loop", "function", "bridge"). */
    public long count(String kind) {
        return traces.values().stream().filter(t -> t.path("kind").asText().equals(kind)).count();
    }
}
