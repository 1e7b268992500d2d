package org.armjit.cli.tune;

import org.armjit.jit.JitParameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tuning plot as SVG, written by hand: one panel per parameter, its values on a log
 * axis, the score relative to the defaults (1.0) per program (thin lines) and their
 * geometric mean (thick), the default value dashed and the recommended value marked.
 */
final class TunePlot {
    private static final int PANEL_W = 420, PANEL_H = 260, MARGIN = 50;
    private static final String[] COLORS = {"#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#e53935", "#6d4c41", "#3949ab"};

    private TunePlot() {}

    /**
     * @param relative per parameter: per value, per program the score relative to the defaults
     * @param recommended per parameter: the value chosen
     */
    static String svg(Map<JitParameter, Map<Integer, Map<String, Double>>> relative, Map<JitParameter, Integer> recommended,
                      List<String> programs, String title) {
        int cols = Math.min(2, Math.max(1, relative.size()));
        int rows = (relative.size() + cols - 1) / cols;
        int w = cols * PANEL_W, h = rows * PANEL_H + 60 + 18 * ((programs.size() + 3) / 4);
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", w, h, w, h));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", w, h));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"14\" text-anchor=\"middle\">%s</text>%n", w / 2, esc(title)));
        int k = 0;
        for (Map.Entry<JitParameter, Map<Integer, Map<String, Double>>> e : relative.entrySet()) {
            int x0 = (k % cols) * PANEL_W, y0 = 30 + (k / cols) * PANEL_H;
            panel(s, x0, y0, e.getKey(), e.getValue(), recommended.get(e.getKey()), programs);
            k++;
        }
        int ly = 30 + rows * PANEL_H + 10;
        for (int i = 0; i < programs.size(); i++) {
            int lx = 20 + (i % 4) * 200, y = ly + (i / 4) * 18;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1.5\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", lx, y, lx + 20, y, COLORS[i % COLORS.length], lx + 25, y + 4, esc(programs.get(i))));
        }
        int gy = ly + 18 * ((programs.size() + 3) / 4);
        s.append(String.format(Locale.ROOT, "<line x1=\"20\" y1=\"%d\" x2=\"40\" y2=\"%d\" stroke=\"black\" stroke-width=\"3\"/>"
                + "<text x=\"45\" y=\"%d\">geometric mean (lower is better; 1.0 = defaults)</text>%n", gy, gy, gy + 4));
        s.append("</svg>\n");
        return s.toString();
    }

    private static void panel(StringBuilder s, int x0, int y0, JitParameter p, Map<Integer, Map<String, Double>> byValue,
                              Integer recommended, List<String> programs) {
        int left = x0 + MARGIN, right = x0 + PANEL_W - 15, top = y0 + 20, bottom = y0 + PANEL_H - 40;
        List<Integer> xs = new ArrayList<>(byValue.keySet());
        double minX = Math.log(xs.stream().mapToInt(Integer::intValue).min().orElse(1));
        double maxX = Math.log(xs.stream().mapToInt(Integer::intValue).max().orElse(2));
        if (maxX <= minX) maxX = minX + 1;
        double minY = 1, maxY = 1;
        for (Map<String, Double> m : byValue.values()) {
            for (double v : m.values()) {
                minY = Math.min(minY, v);
                maxY = Math.max(maxY, v);
            }
        }
        double pad = (maxY - minY) * 0.08 + 0.01;
        double lo = minY - pad, hi = maxY + pad;
        double fMinX = minX, fMaxX = maxX;
        java.util.function.DoubleUnaryOperator px = v -> left + 16 + (Math.log(v) - fMinX) / (fMaxX - fMinX) * (right - left - 32);
        java.util.function.DoubleUnaryOperator py = v -> bottom - (v - lo) / (hi - lo) * (bottom - top);
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" font-weight=\"bold\">%s</text>%n", left, y0 + 12, p.pypyName));
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
                left, top, right - left, bottom - top));
        for (int i = 0; i <= 4; i++) {
            double v = lo + (hi - lo) * i / 4;
            double y = py.applyAsDouble(v);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", left, y, right, y, left - 4, y + 4,
                    String.format(Locale.ROOT, hi - lo < 0.2 ? "%.3f" : "%.2f", v)));
        }
        for (int x : xs) {
            double X = px.applyAsDouble(x);
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", X, bottom + 14, x));
        }
        double dx = px.applyAsDouble(p.defaultValue);
        if (byValue.containsKey(p.defaultValue)) {
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#888\" stroke-dasharray=\"4 3\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" fill=\"#888\" text-anchor=\"middle\">default</text>%n", dx, top, dx, bottom, dx, bottom + 27));
        }
        for (int i = 0; i < programs.size(); i++) {
            String prog = programs.get(i);
            s.append(polyline(xs, x -> byValue.get(x).get(prog), px, py, COLORS[i % COLORS.length], 1.5));
        }
        s.append(polyline(xs, x -> byValue.get(x).get(TuneReport.MEAN), px, py, "black", 3));
        if (recommended != null && byValue.containsKey(recommended)) {
            Double v = byValue.get(recommended).get(TuneReport.MEAN);
            if (v != null) {
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"none\" stroke=\"#d81b60\" stroke-width=\"2.5\"/>"
                                + "<text x=\"%.1f\" y=\"%.1f\" fill=\"#d81b60\" text-anchor=\"middle\">chosen</text>%n",
                        px.applyAsDouble(recommended), py.applyAsDouble(v), px.applyAsDouble(recommended), py.applyAsDouble(v) - 10));
            }
        }
    }

    private static String polyline(List<Integer> xs, java.util.function.Function<Integer, Double> y,
                                   java.util.function.DoubleUnaryOperator px, java.util.function.DoubleUnaryOperator py, String color, double width) {
        StringBuilder pts = new StringBuilder();
        for (int x : xs) {
            Double v = y.apply(x);
            if (v == null || v.isNaN() || v.isInfinite()) continue;
            pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", px.applyAsDouble(x), py.applyAsDouble(v)));
        }
        return String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"/>%n", pts.toString().trim(), color, width);
    }

    private static String esc(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
