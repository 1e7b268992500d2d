package org.armjit.runtime.heap;

/**
 * References that Java code holds across a call that may reach a safepoint (any call back
 * into Python code). Push the value, make the call, read it back with {@link #get}: the
 * collector updates the slot if the object moved. Pop in LIFO order, usually in a
 * try/finally: {@code int mark = handles.mark(); try {...} finally { handles.release(mark); }}.
 */
public final class Handles implements RootSet {
    /**
     * Fixed capacity: the array never moves, so a slice of it can serve as the argument
     * array of a call ({@link #array}) and stay valid, and updated, across collections.
     */
    public static final int CAPACITY = 1 << 16;
    private final int[] slots = new int[CAPACITY];
    private int top;

    public int push(int value) {
        if (top == CAPACITY) throw new GuestOutOfMemoryError("too many handles (Java recursion too deep)");
        slots[top] = value;
        return top++;
    }

    /** The backing array: slots [h, h+n) of pushed handles can be passed as call arguments. */
    public int[] array() {
        return slots;
    }

    public int get(int handle) {
        return slots[handle];
    }

    public void set(int handle, int value) {
        slots[handle] = value;
    }

    public int mark() {
        return top;
    }

    public void release(int mark) {
        top = mark;
    }

    @Override
    public void scanRoots(RootVisitor visitor) {
        for (int i = 0; i < top; i++) slots[i] = visitor.visit(slots[i]);
    }
}
