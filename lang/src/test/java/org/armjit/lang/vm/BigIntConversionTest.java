package org.armjit.lang.vm;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guest big ints <-> BigInteger: exact at digit boundaries and for both signs, and linear in time. */
class BigIntConversionTest {
    private final Vm vm = new Vm(64 << 20, new PrintStream(new ByteArrayOutputStream()), System.err, new String[] {"t"});

    @Test
    void theTestJvmOpensJavaMath() {
        // the surefire argLine and the jar manifest open java.base/java.math: the fast word copy is in use
        assertTrue(BigMagnitude.available());
    }

    @Test
    void roundTripsAtDigitBoundaries() {
        for (int bits = 1; bits <= 200; bits++) {
            BigInteger p = BigInteger.ONE.shiftLeft(bits);
            for (BigInteger v : new BigInteger[] {p.subtract(BigInteger.ONE), p, p.add(BigInteger.ONE)}) {
                for (BigInteger s : new BigInteger[] {v, v.negate()}) {
                    int w = vm.ints.of(s);
                    assertEquals(s, vm.ints.toBig(w), "value " + s);
                    // a second conversion (through the cache) and arithmetic agree
                    assertEquals(s, vm.ints.toBig(w));
                    assertEquals(s.add(s), vm.ints.toBig(vm.ints.add(w, w)));
                    assertEquals(s.shiftLeft(37), vm.ints.toBig(vm.ints.lshift(w, Tag.box(37))));
                    assertEquals(s.shiftRight(33), vm.ints.toBig(vm.ints.rshift(w, Tag.box(33))));
                }
            }
        }
    }

    @Test
    void randomValuesRoundTripAndTheCacheNeverMixesThemUp() {
        Random r = new Random(13);
        int[] refs = new int[300];
        BigInteger[] vals = new BigInteger[300];
        for (int i = 0; i < refs.length; i++) {
            vals[i] = new BigInteger(1 + r.nextInt(3000), r);
            if (r.nextBoolean()) vals[i] = vals[i].negate();
            refs[i] = vm.ints.of(vals[i]);
        }
        for (int k = 0; k < 3; k++) {
            for (int i = refs.length - 1; i >= 0; i--) assertEquals(vals[i], vm.ints.toBig(refs[i]));
        }
    }

    @Test
    void conversionIsLinear() {
        // 2^4,000,000 one way and back: a quadratic conversion takes minutes here, a linear one milliseconds
        BigInteger big = BigInteger.ONE.shiftLeft(4_000_000).subtract(BigInteger.valueOf(12345));
        long t0 = System.nanoTime();
        int w = vm.ints.of(big);
        BigInteger back = vm.ints.toBig(vm.ints.rshift(vm.ints.lshift(w, Tag.box(1)), Tag.box(1)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(big, back);
        assertTrue(ms < 5000, "conversion took " + ms + " ms");
    }
}
