package org.armjit.runtime.mem;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One contiguous region of guest memory: the bytes that the interpreter, the collector,
 * the simulator and JIT code all read and write, addressed by 32-bit guest addresses.
 *
 * <p>In simulated mode the bytes are a Java heap buffer and {@code base} is a fixed
 * address chosen by the owner; in native mode (ARM Linux host) they are native memory and
 * {@code base} is its real address, so a guest address is a machine address.
 * Guest memory is little-endian, like ARM Linux.
 *
 * <p>Addresses are Java {@code int}s holding unsigned 32-bit values; offsets are computed
 * with wrap-around subtraction, so any base works. Accesses outside the region throw
 * {@link IndexOutOfBoundsException}, which callers turn into a fault report.
 */
public final class GuestMemory {
    // Word and double views of a byte array: plain array accesses with one bounds check,
    // cheaper than a heap ByteBuffer's (index, read-only and scope checks on every access).
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    private final ByteBuffer bytes;
    /** The bytes when they are a Java array (simulated mode), else null (native memory: go through {@code bytes}). */
    private final byte[] array;
    private final int base;
    private final int size;

    private GuestMemory(ByteBuffer bytes, int base) {
        this.bytes = bytes.order(ByteOrder.LITTLE_ENDIAN);
        this.array = bytes.hasArray() && bytes.arrayOffset() == 0 && bytes.array().length == bytes.capacity() ? bytes.array() : null;
        this.base = base;
        this.size = bytes.capacity();
    }

    /** Simulated-mode memory: {@code size} zeroed bytes at guest address {@code base}. */
    public static GuestMemory allocate(int base, int size) {
        if ((base & 7) != 0) throw new IllegalArgumentException("base must be 8-byte aligned");
        return new GuestMemory(ByteBuffer.allocate(size), base);
    }

    /** Memory over an existing buffer (native mode: a direct buffer at real address {@code base}). */
    public static GuestMemory wrap(ByteBuffer buffer, int base) {
        return new GuestMemory(buffer, base);
    }

    public int base() { return base; }

    public int size() { return size; }

    /** First address past the region. */
    public int end() { return base + size; }

    public boolean contains(int addr, int length) {
        long off = Integer.toUnsignedLong(addr - base);
        return off + length <= size;
    }

    public int loadWord(int addr) {
        byte[] a = array;
        return a != null ? (int) INT.get(a, addr - base) : bytes.getInt(addr - base);
    }

    public void storeWord(int addr, int value) {
        byte[] a = array;
        if (a != null) INT.set(a, addr - base, value);
        else bytes.putInt(addr - base, value);
    }

    public int loadByte(int addr) {
        byte[] a = array;
        return (a != null ? a[addr - base] : bytes.get(addr - base)) & 0xff;
    }

    public int loadSignedByte(int addr) { return bytes.get(addr - base); }

    public void storeByte(int addr, int value) {
        byte[] a = array;
        if (a != null) a[addr - base] = (byte) value;
        else bytes.put(addr - base, (byte) value);
    }

    public int loadHalf(int addr) { return bytes.getShort(addr - base) & 0xffff; }

    public int loadSignedHalf(int addr) { return bytes.getShort(addr - base); }

    public void storeHalf(int addr, int value) { bytes.putShort(addr - base, (short) value); }

    public long loadLong(int addr) {
        byte[] a = array;
        return a != null ? (long) LONG.get(a, addr - base) : bytes.getLong(addr - base);
    }

    public void storeLong(int addr, long value) {
        byte[] a = array;
        if (a != null) LONG.set(a, addr - base, value);
        else bytes.putLong(addr - base, value);
    }

    public double loadDouble(int addr) {
        byte[] a = array;
        return a != null ? (double) DOUBLE.get(a, addr - base) : bytes.getDouble(addr - base);
    }

    public void storeDouble(int addr, double value) {
        byte[] a = array;
        if (a != null) DOUBLE.set(a, addr - base, value);
        else bytes.putDouble(addr - base, value);
    }

    /** Copies {@code length} bytes within guest memory (regions may overlap). */
    public void copy(int from, int to, int length) {
        ByteBuffer src = bytes.duplicate();
        src.limit(from - base + length).position(from - base);
        ByteBuffer dst = bytes.duplicate();
        dst.position(to - base);
        if (to > from && to < from + length) {
            // Overlapping move to a higher address: go through a temporary.
            byte[] tmp = new byte[length];
            src.get(tmp);
            dst.put(tmp);
        } else {
            dst.put(src);
        }
    }

    private static final byte[] ZEROS = new byte[1 << 16];

    /** Zeroes {@code length} bytes (bulk, for the allocator and collector). */
    public void zero(int addr, int length) {
        int off = addr - base;
        while (length > 0) {
            int n = Math.min(length, ZEROS.length);
            bytes.put(off, ZEROS, 0, n);
            off += n;
            length -= n;
        }
    }

    public void readBytes(int addr, byte[] dst, int off, int length) {
        bytes.get(addr - base, dst, off, length);
    }

    public void writeBytes(int addr, byte[] src, int off, int length) {
        bytes.put(addr - base, src, off, length);
    }
}
