package org.armjit.runtime.heap;

import java.util.Arrays;

/**
 * References that Java code holds across a call that may reach a safepoint (any call back
 * into Python code). Push the value, make the call, read it back with {@link #get}: the
 * collector updates the slot if the object moved. Pop in LIFO order, usually in a
 * try/finally: {@code int mark = handles.mark(); try {...} finally { handles.release(mark); }}.
 */
public final class Handles implements RootSet {
    private int[] slots = new int[64];
    private int top;

    public int push(int value) {
        if (top == slots.length) slots = Arrays.copyOf(slots, top * 2);
        slots[top] = value;
        return top++;
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
