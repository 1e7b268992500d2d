package org.armjit.lang.vm;

import org.armjit.runtime.heap.Handles;
import org.armjit.runtime.heap.TypeId;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Object layouts in guest memory: values round-trip, strategies switch, dicts keep order, objects survive moves. */
class GuestObjectsTest {
    private final Vm vm = new Vm(32 << 20, new PrintStream(new ByteArrayOutputStream()), System.err, new String[] {"t"});

    @Test
    void smallIntsAreTaggedAndBigIntsAreHeapObjects() {
        assertEquals(Tag.box(5), vm.ints.of(5));
        assertTrue(Tag.isInt(vm.ints.of(Tag.MAX)));
        int big = vm.ints.of((long) Tag.MAX + 1);
        assertFalse(Tag.isInt(big));
        assertEquals(TypeId.BIGINT, vm.typeOf(big));
        BigInteger huge = BigInteger.TEN.pow(40).negate();
        assertEquals(huge, vm.ints.toBig(vm.ints.of(huge)));
        assertEquals(Tag.box(-3), vm.ints.floorDiv(vm.ints.of(7), vm.ints.of(-3)));
        assertEquals(Tag.box(-2), vm.ints.mod(vm.ints.of(7), vm.ints.of(-3)));
        assertEquals(BigInteger.TWO.pow(100), vm.ints.toBig(vm.ints.pow(Tag.box(2), Tag.box(100))));
    }

    @Test
    void strsUseOneByteCharsUnlessWider() {
        int a = vm.str.of("héllo");
        assertEquals(1, vm.str.width(a));
        int b = vm.str.of("snow ☃");
        assertEquals(4, vm.str.width(b));
        assertEquals("héllosnow ☃", vm.str.toJava(vm.str.concat(a, b)));
        assertEquals(vm.str.hash(vm.str.of("abc")), vm.str.hash(vm.intern("abc")));
        assertTrue(vm.str.equals(vm.str.of("abc"), vm.intern("abc")));
        assertEquals("olh", vm.str.toJava(vm.str.slice(a, 4, -2, 3)));
    }

    @Test
    void listStrategiesFollowTheValuesStored() {
        int list = vm.seq.newList(0);
        vm.seq.append(list, Tag.box(1));
        assertEquals(Seqs.INT, vm.seq.strategy(list));
        vm.seq.append(list, Tag.box(2));
        vm.seq.append(list, vm.floats.box(2.5));
        assertEquals(Seqs.OBJECT, vm.seq.strategy(list));
        assertEquals("[1, 2, 2.5]", vm.ops.repr(list));
        int floats = vm.seq.newList(0);
        vm.seq.append(floats, vm.floats.box(1.5));
        vm.seq.insert(floats, 0, vm.floats.box(0.5));
        assertEquals(Seqs.FLOAT, vm.seq.strategy(floats));
        assertEquals("[0.5, 1.5]", vm.ops.repr(floats));
    }

    @Test
    void dictsKeepInsertionOrderAndTreatEqualNumbersAsOneKey() {
        int d = vm.dict.newDict();
        for (int i = 0; i < 1000; i++) vm.dict.put(d, vm.str.of("k" + i), Tag.box(i));
        for (int i = 0; i < 1000; i += 2) vm.dict.remove(d, vm.str.of("k" + i));
        assertEquals(500, vm.dict.size(d));
        assertEquals(Tag.box(999), vm.dict.get(d, vm.str.of("k999")));
        assertEquals(0, vm.dict.get(d, vm.str.of("k998")));
        int first = vm.dict.nextEntry(d, 0);
        assertEquals("k1", vm.str.toJava(vm.dict.entryKey(d, first)));
        int n = vm.dict.newDict();
        vm.dict.put(n, Tag.box(1), vm.str.of("int"));
        vm.dict.put(n, vm.floats.box(1.0), vm.str.of("float"));
        vm.dict.put(n, vm.trueObj, vm.str.of("bool"));
        assertEquals(1, vm.dict.size(n));
        assertEquals("{1: 'bool'}", vm.ops.repr(n));
    }

    @Test
    void collectionMovesObjectsAndUpdatesHandles() {
        Handles h = vm.heap.handles;
        int list = vm.seq.newList(0);
        for (int i = 0; i < 100; i++) vm.seq.append(list, vm.str.of("item" + i));
        int d = vm.dict.newDict();
        vm.dict.put(d, vm.str.of("list"), list);
        int hd = h.push(d);
        for (int i = 0; i < 10000; i++) vm.seq.tupleOf(Tag.box(i), Tag.box(i)); // garbage
        vm.heap.collect();
        int moved = h.get(hd);
        assertNotEquals(d, moved);
        int l2 = vm.dict.get(moved, vm.str.of("list"));
        assertEquals(100, vm.seq.length(l2));
        assertEquals("item99", vm.str.toJava(vm.seq.get(l2, 99)));
        assertTrue(vm.heap.stats.promotedBytes < 20_000, "garbage was not copied");
        assertEquals("None", vm.ops.repr(vm.none));
        assertTrue(vm.heap.isPermanent(vm.intern("list")));
        h.release(hd);
    }
}
