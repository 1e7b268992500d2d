package org.armjit.jit.driver;

import org.armjit.jit.ir.Const;
import org.armjit.jit.ir.Value;

import java.util.function.IntToLongFunction;

/**
 * The constants after a frame's value slots (locals, cells, stack) in a snapshot, and so in
 * an exit state: for each open try block its handler pc and stack depth (two INT constants,
 * outermost first), the number of those blocks plus 256 x the frame's operator-call code
 * ({@code Frame#operatorCall}, 0 for other frames) (INT), and the frame's function object (REF;
 * NULL for the root frame, bit 0 set for an inlined {@code __init__}, whose None result the
 * interpreter drops: function objects are 8-aligned; a traced value for a callee that is not
 * immortal, e.g. a closure, and an odd word is what the collector
 * skips as a tagged int). The one place that writes and reads this layout.
 */
final class FrameTrailer {
    /** A frame's trailer, read back. */
    record Decoded(int valueCount, int function, boolean init, int[] blocks, int operatorCall) {}

    private FrameTrailer() {}

    /** The number of trailer slots after the value slots. */
    static int size(int[] blocks) {
        return blocks.length + 2;
    }

    /** Writes the trailer into {@code slots} from index {@code at}. */
    static void write(Value[] slots, int at, int[] blocks, Value function, boolean init, int operatorCall) {
        for (int b : blocks) slots[at++] = Const.ofInt(b);
        slots[at++] = Const.ofInt(blocks.length / 2 | operatorCall << 8);
        // an __init__ is always a constant (instantiation folds it); other callees may be traced values
        slots[at] = init ? Const.ofRef((int) ((Const) function).bits | 1) : function;
    }

    /** Reads the trailer of a frame of {@code size} slots whose bits {@code bitsAt} gives. */
    static Decoded read(int size, IntToLongFunction bitsAt) {
        int functionWord = (int) bitsAt.applyAsLong(size - 1);
        int blockWord = (int) bitsAt.applyAsLong(size - 2);
        int nblocks = blockWord & 0xff;
        int values = size - 2 - 2 * nblocks;
        int[] blocks = new int[2 * nblocks];
        for (int i = 0; i < blocks.length; i++) blocks[i] = (int) bitsAt.applyAsLong(values + i);
        return new Decoded(values, functionWord & ~1, (functionWord & 1) != 0, blocks, blockWord >>> 8);
    }
}
