package org.armjit.backend.arm;

import org.armjit.jit.ir.Const;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves several values at once (jump arguments into label locations, call arguments into
 * their registers, finish values into frame slots) so that no source is overwritten before
 * it is read: moves whose destination nobody still reads go first; what is left is cycles,
 * broken through the frame's swap word. Constants are written last (they read nothing).
 */
final class ParallelMove {
    /** Emits one move between locations (through a scratch register when both are in the frame). */
    interface Mover {
        void move(int src, int dst, boolean isFloat);

        void load(Const c, int dst);
    }

    private record Move(int src, Const constant, int dst, boolean isFloat) {}

    private final List<Move> moves = new ArrayList<>();

    void add(int src, int dst, boolean isFloat) {
        if (src != dst) moves.add(new Move(src, null, dst, isFloat));
    }

    void addConst(Const c, int dst) {
        moves.add(new Move(Loc.NONE, c, dst, c.type() == org.armjit.jit.ir.Type.FLOAT));
    }

    boolean isEmpty() {
        return moves.isEmpty();
    }

    void emit(Mover m) {
        List<Move> pending = new ArrayList<>();
        List<Move> constants = new ArrayList<>();
        for (Move mv : moves) (mv.constant != null ? constants : pending).add(mv);
        int swap = Loc.frame(JitFrame.SWAP);
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (int i = 0; i < pending.size(); i++) {
                Move mv = pending.get(i);
                if (!isRead(pending, mv.dst, i)) {
                    m.move(mv.src, mv.dst, mv.isFloat);
                    pending.remove(i--);
                    progress = true;
                }
            }
            if (!progress) {
                // Every remaining destination is still to be read: a cycle. Park one source.
                Move first = pending.get(0);
                int parked = first.src;
                m.move(parked, swap, first.isFloat);
                for (int i = 0; i < pending.size(); i++) {
                    Move mv = pending.get(i);
                    if (mv.src == parked) pending.set(i, new Move(swap, null, mv.dst, mv.isFloat));
                }
            }
        }
        for (Move mv : constants) m.load(mv.constant, mv.dst);
    }

    private static boolean isRead(List<Move> pending, int loc, int except) {
        for (int i = 0; i < pending.size(); i++) {
            if (i != except && pending.get(i).src == loc) return true;
        }
        return false;
    }
}
