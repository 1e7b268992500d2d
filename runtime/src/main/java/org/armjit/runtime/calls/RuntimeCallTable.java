package org.armjit.runtime.calls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one table of runtime helpers reachable from compiled code. Backends refer to an
 * entry by id (the IR interpreter calls {@link RuntimeCall#invoke}; the ARM simulator's
 * svc stubs and native callbacks dispatch on the id), printers and docs by name.
 */
public final class RuntimeCallTable {
    private final List<RuntimeCall> calls = new ArrayList<>();
    private final Map<String, RuntimeCall> byName = new HashMap<>();

    public RuntimeCall register(String name, Kind result, List<Kind> args, boolean canCollect, RuntimeCall.Impl impl) {
        if (byName.containsKey(name)) throw new IllegalArgumentException("runtime call registered twice: " + name);
        RuntimeCall c = new RuntimeCall(calls.size(), name, result, List.copyOf(args), canCollect, impl);
        calls.add(c);
        byName.put(name, c);
        return c;
    }

    public RuntimeCall get(int id) {
        return calls.get(id);
    }

    public RuntimeCall byName(String name) {
        RuntimeCall c = byName.get(name);
        if (c == null) throw new IllegalArgumentException("no runtime call named " + name);
        return c;
    }

    public List<RuntimeCall> all() {
        return Collections.unmodifiableList(calls);
    }
}
