package org.armjit.runtime.heap;

/** Counters kept by the heap, printed by --gc-stats. */
public final class GcStats {
    public long allocatedBytes;
    public long largeBytes;
    public long minorCollections;
    public long majorCollections;
    public long promotedBytes;
    public long lastLiveBytes;
    public long pauseNanos;
    public long maxPauseNanos;

    public long collections() {
        return minorCollections + majorCollections;
    }

    public String format() {
        return String.format("gc_minor_collections: %d%ngc_major_collections: %d%ngc_allocated_bytes: %d%n"
                        + "gc_promoted_bytes: %d%ngc_old_live_bytes: %d%ngc_pause_ms_total: %.3f%ngc_pause_ms_max: %.3f%n",
                minorCollections, majorCollections, allocatedBytes, promotedBytes, lastLiveBytes,
                pauseNanos / 1e6, maxPauseNanos / 1e6);
    }
}
