package org.armjit.lang.vm;

import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;

import java.math.BigInteger;

/** range objects: start, stop and step as int values (small or big). */
final class Ranges {
    private Ranges() {}

    static int create(Vm vm, int start, int stop, int step) {
        if (vm.ints.sign(step) == 0) throw vm.valueError("range() arg 3 must not be zero");
        int r = vm.alloc(Heap.header(TypeId.RANGE), 16);
        vm.mem.storeWord(r + 4, start);
        vm.mem.storeWord(r + 8, stop);
        vm.mem.storeWord(r + 12, step);
        return r;
    }

    static BigInteger lengthBig(Vm vm, int r) {
        BigInteger start = vm.ints.toBig(vm.mem.loadWord(r + 4));
        BigInteger stop = vm.ints.toBig(vm.mem.loadWord(r + 8));
        BigInteger step = vm.ints.toBig(vm.mem.loadWord(r + 12));
        BigInteger n;
        if (step.signum() > 0) n = stop.subtract(start).add(step).subtract(BigInteger.ONE).divide(step);
        else n = start.subtract(stop).subtract(step).subtract(BigInteger.ONE).divide(step.negate());
        return n.signum() < 0 ? BigInteger.ZERO : n;
    }

    static int length(Vm vm, int r) {
        int a = vm.mem.loadWord(r + 4), b = vm.mem.loadWord(r + 8), c = vm.mem.loadWord(r + 12);
        if (Tag.isInt(a) && Tag.isInt(b) && Tag.isInt(c)) {
            long start = Tag.unbox(a), stop = Tag.unbox(b), step = Tag.unbox(c);
            long n = step > 0 ? (stop - start + step - 1) / step : (start - stop - step - 1) / -step;
            return (int) Math.max(0, n);
        }
        BigInteger n = lengthBig(vm, r);
        if (n.bitLength() > 31) throw vm.raise("OverflowError", "Python int too large to convert to C ssize_t");
        return n.intValue();
    }

    static int item(Vm vm, int r, long i) {
        int a = vm.mem.loadWord(r + 4), c = vm.mem.loadWord(r + 12);
        if (Tag.isInt(a) && Tag.isInt(c)) return vm.ints.of(Tag.unbox(a) + i * Tag.unbox(c));
        return vm.ints.of(vm.ints.toBig(a).add(BigInteger.valueOf(i).multiply(vm.ints.toBig(c))));
    }

    static boolean contains(Vm vm, int r, int v) {
        BigInteger x = vm.ints.toBig(v);
        BigInteger start = vm.ints.toBig(vm.mem.loadWord(r + 4));
        BigInteger stop = vm.ints.toBig(vm.mem.loadWord(r + 8));
        BigInteger step = vm.ints.toBig(vm.mem.loadWord(r + 12));
        if (step.signum() > 0 ? (x.compareTo(start) < 0 || x.compareTo(stop) >= 0) : (x.compareTo(start) > 0 || x.compareTo(stop) <= 0)) {
            return false;
        }
        return x.subtract(start).mod(step.abs()).signum() == 0;
    }

    static int slice(Vm vm, int r, Subscripts.Range s) {
        int step = vm.ints.mul(vm.mem.loadWord(r + 12), Tag.box(s.step()));
        int start = item(vm, r, s.start());
        int stop = vm.ints.add(start, vm.ints.mul(step, Tag.box(s.count())));
        return create(vm, start, stop, step);
    }

    static String repr(Vm vm, int r) {
        int step = vm.mem.loadWord(r + 12);
        String s = "range(" + vm.ops.repr(vm.mem.loadWord(r + 4)) + ", " + vm.ops.repr(vm.mem.loadWord(r + 8));
        return s + (step == Tag.box(1) ? ")" : ", " + vm.ops.repr(step) + ")");
    }
}
