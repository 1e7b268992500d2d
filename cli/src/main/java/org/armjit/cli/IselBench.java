package org.armjit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.armjit.cli.jitlog.JitLog;
import org.armjit.cli.jitlog.JitLogReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code armjit bench --isel}: the instruction-selection report. Runs each program with the
 * ARM backend in the simulator and a JIT log, then reads the logs back: per IR op kind, how
 * many ARM instructions its ops became (static count over every compiled trace, guard stubs
 * and out-of-line slow paths included, as the log attributes them), and the largest single
 * expansions with their code.
 */
final class IselBench {
    private static final Pattern OP_NAME = Pattern.compile("^(?:[a-z]\\d+ = )?([a-z_0-9]+)\\(");

    private final PrintStream out;
    private final int examples;

    IselBench(PrintStream out, int examples) {
        this.out = out;
        this.examples = examples;
    }

    /** Per op kind: ops, instructions, the largest one. */
    private static final class Kind {
        long ops, insns;
        int max;
    }

    private record Expansion(String program, int trace, String op, List<String> code) {}

    boolean run(List<Path> files) throws IOException {
        Map<String, Kind> kinds = new TreeMap<>();
        List<Expansion> largest = new ArrayList<>();
        Path dir = Files.createTempDirectory("armjit-isel");
        try {
            for (Path file : files) {
                Path log = dir.resolve(file.getFileName() + ".log");
                List<String> args = new ArrayList<>(List.of("run", "--backend", "arm", "--engine", "sim", "--jit-log", log.toString(), file.toString()));
                int n = ArmBench.defaultN(file);
                if (n > 0) args.add(String.valueOf(Math.max(1, n / 10)));
                ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
                int status = Main.run(args.toArray(new String[0]), new PrintStream(o, true, StandardCharsets.UTF_8),
                        new PrintStream(e, true, StandardCharsets.UTF_8));
                if (status != 0) {
                    out.println(file + ": exit " + status + ": " + e.toString(StandardCharsets.UTF_8).strip());
                    return false;
                }
                try {
                    collect(file.getFileName().toString(), JitLogReader.read(log), kinds, largest);
                } catch (JitLogReader.BadLog bad) {
                    out.println(bad.getMessage());
                    return false;
                }
            }
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
        out.printf("%-24s %8s %10s %8s %6s%n", "IR op", "ops", "ARM insns", "average", "max");
        kinds.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, Kind> e) -> -e.getValue().insns))
                .forEach(e -> out.printf("%-24s %8d %10d %8.2f %6d%n", e.getKey(), e.getValue().ops, e.getValue().insns,
                        e.getValue().insns / (double) e.getValue().ops, e.getValue().max));
        out.println();
        out.println("largest expansions (static instructions, stubs and slow paths included):");
        largest.sort(Comparator.comparingInt((Expansion x) -> -x.code.size()));
        java.util.Set<String> shownKinds = new java.util.HashSet<>();
        int shown = 0;
        for (Expansion x : largest) {
            Matcher m = OP_NAME.matcher(x.op);
            String kind = m.find() ? m.group(1) : x.op;
            if (!shownKinds.add(kind)) continue; // one example per kind
            out.printf("%n%d instructions: %s (%s, trace %d)%n", x.code.size(), x.op.length() > 120 ? x.op.substring(0, 117) + "..." : x.op,
                    x.program, x.trace);
            for (String c : x.code) out.println("  " + c);
            if (++shown == examples) break;
        }
        out.flush();
        return kernels(files);
    }

    /**
     * The numeric kernels that have a C twin (bench/arm/NAME.c next to NAME.py): ARM instructions
     * per iteration for armjit (the simulator's count, sizes S and 2S) beside gcc -O2's for the C
     * version (arm-linux-gnueabihf-gcc -O2 -static, run under qemu-arm with the project's counting
     * plugin at the same sizes); the difference over S drops start-up in both.
     */
    private boolean kernels(List<Path> files) throws IOException {
        List<Path> twins = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".py") && ArmBench.defaultN(f) > 0
                    && Files.isRegularFile(f.resolveSibling(name.substring(0, name.length() - 3) + ".c"))) twins.add(f);
        }
        if (twins.isEmpty()) return true;
        out.println();
        out.println("kernels: ARM instructions per iteration, armjit (simulator) beside gcc -O2 (qemu-arm, counting plugin):");
        out.printf("%-18s %8s %10s %10s %8s%n", "kernel", "S", "armjit", "gcc -O2", "ratio");
        Path dir = Files.createTempDirectory("armjit-isel-c");
        try {
            Path plugin = dir.resolve("insn_count_plugin.so");
            Path src = twins.get(0).resolveSibling("insn_count_plugin.c"); // bench/arm holds the kernels and the plugin
            if (!Files.isRegularFile(src)) src = Path.of("bench/arm/insn_count_plugin.c");
            if (!Files.isRegularFile(src)) {
                out.println("bench --isel: " + src + " not found: run from the repository's root for the gcc -O2 column");
                return false;
            }
            exec(List.of("gcc", "-O2", "-shared", "-fPIC", "-o", plugin.toString(), src.toString()));
            for (Path f : twins) {
                String name = f.getFileName().toString();
                String base = name.substring(0, name.length() - 3);
                int s = Math.max(1, ArmBench.defaultN(f) / 10);
                double armjit = (armjitInstructions(f, 2 * s) - armjitInstructions(f, s)) / (double) s;
                Path exe = dir.resolve(base);
                exec(List.of("arm-linux-gnueabihf-gcc", "-O2", "-static", "-o", exe.toString(), f.resolveSibling(base + ".c").toString()));
                double gcc = (qemuInstructions(exe, plugin, 2 * s, dir) - qemuInstructions(exe, plugin, s, dir)) / (double) s;
                out.printf(java.util.Locale.ROOT, "%-18s %8d %10.1f %10.1f %8.2f%n", base, s, armjit, gcc, armjit / gcc);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("bench --isel: interrupted");
            return false;
        } catch (IOException e) {
            out.println("bench --isel: " + e.getMessage());
            return false;
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
        out.flush();
        return true;
    }

    /** ARM instructions the simulator ran for {@code file} at {@code size} ({@code --jit-stats arm_instructions}). */
    private static long armjitInstructions(Path file, int size) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"run", "--backend", "arm", "--engine", "sim", "--jit-stats", file.toString(), String.valueOf(size)},
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        String err = e.toString(StandardCharsets.UTF_8);
        if (status != 0) throw new IOException(file + ": exit " + status + ": " + err.strip());
        for (String line : err.split("\\R")) {
            if (line.startsWith("arm_instructions: ")) return Long.parseLong(line.substring("arm_instructions: ".length()).trim());
        }
        throw new IOException(file + ": --jit-stats printed no arm_instructions");
    }

    /** Guest instructions qemu-arm ran for {@code exe N}, counted by the plugin. */
    private static long qemuInstructions(Path exe, Path plugin, int size, Path dir) throws IOException, InterruptedException {
        Path report = dir.resolve("report-" + size + ".txt");
        exec(List.of("qemu-arm", "-cpu", QemuBench.CPU, "-plugin", plugin + ",out=" + report, exe.toString(), String.valueOf(size)));
        return QemuBench.parse(Files.readAllLines(report)).total();
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " not found (./run-tests installs it): " + e.getMessage());
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("failed: " + String.join(" ", command) + ": " + text.strip().replaceAll("\\s*\\R\\s*", "; "));
        return text;
    }

    private static void collect(String program, JitLog log, Map<String, Kind> kinds, List<Expansion> largest) {
        for (Map.Entry<Integer, JsonNode> e : log.traces.entrySet()) {
            JsonNode stages = e.getValue().path("stages");
            JsonNode ir = stages.get(stages.size() - 1).path("ir");
            JsonNode compiled = log.compiled.get(e.getKey());
            if (compiled == null) continue;
            int ops = ir.size() - 1;
            List<List<String>> code = new ArrayList<>();
            for (int i = 0; i < ops; i++) code.add(new ArrayList<>());
            for (JsonNode insn : compiled.path("insns")) {
                int op = insn.path("op").asInt();
                if (op >= 0 && op < ops) code.get(op).add(insn.path("addr").asText() + ":  " + insn.path("word").asText() + "  " + insn.path("text").asText());
            }
            for (int i = 0; i < ops; i++) {
                String text = ir.get(i + 1).asText();
                Matcher m = OP_NAME.matcher(text);
                if (!m.find()) continue;
                Kind k = kinds.computeIfAbsent(m.group(1), x -> new Kind());
                k.ops++;
                k.insns += code.get(i).size();
                k.max = Math.max(k.max, code.get(i).size());
                if (code.get(i).size() >= 8) largest.add(new Expansion(program, e.getKey(), text, code.get(i)));
            }
        }
    }
}
