package org.armjit.runtime.heap;

/** Counters kept by the heap, printed by --gc-stats. */
public final class GcStats {
    public long allocatedBytes;
    public long collections;
    public long copiedBytes;
    public long lastLiveBytes;
    public long pauseNanos;
    public long maxPauseNanos;

    public String format() {
        return String.format("gc_collections: %d%ngc_allocated_bytes: %d%ngc_copied_bytes: %d%n"
                        + "gc_live_bytes: %d%ngc_pause_ms_total: %.3f%ngc_pause_ms_max: %.3f%n",
                collections, allocatedBytes, copiedBytes, lastLiveBytes, pauseNanos / 1e6, maxPauseNanos / 1e6);
    }
}
