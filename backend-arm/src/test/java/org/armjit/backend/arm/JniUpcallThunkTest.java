package org.armjit.backend.arm;

import org.armjit.arm.abi.Signature;
import org.armjit.arm.asm.CodeBuffer;
import org.armjit.arm.asm.Condition;
import org.armjit.arm.asm.ICacheFlusher;
import org.armjit.arm.asm.MacroAssembler;
import org.armjit.arm.asm.Register;
import org.armjit.arm.sim.Access;
import org.armjit.arm.sim.ArmSimulator;
import org.armjit.arm.sim.MemoryMap;
import org.armjit.arm.sim.SimOptions;
import org.armjit.arm.sim.SvcStubs;
import org.armjit.runtime.calls.Kind;
import org.armjit.runtime.calls.RuntimeCall;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.mem.GuestMemory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The native engine's JNI thunks, run in the simulator against a fake JVM: a JavaVM whose
 * GetEnv and a JNIEnv whose CallStaticLongMethodA are small routines that reach Java through
 * svc stubs. Compiled code calls a thunk as it calls any runtime call (the simulator places
 * the arguments by the target's convention, with every contract check on); the fake
 * CallStaticLongMethodA reads them back from the upcall area as {@code NativeEngine#upcall}
 * does, and returns a result the thunk must hand back where the convention wants it. Random
 * signatures of ints, references and doubles, up to 10 arguments (so some travel on the
 * stack), every result kind; each under hard-float, softfp and the no-FPU target.
 */
class JniUpcallThunkTest {
    static final int CODE = 0xa000_0000;
    static final int DATA = 0xa200_0000;
    static final int FAKE_VM = DATA + 0x100;
    static final int FAKE_ENV = DATA + 0x140;
    static final int INVOKE_TABLE = DATA + 0x200;
    static final int NATIVE_TABLE = DATA + 0x400;
    static final int FRAME = DATA + 0x1000;
    static final int BASE = DATA + 0x4000;

    static Stream<ArmTarget> targets() {
        return Stream.of(ArmTarget.ARMV7_HF, ArmTarget.ARMV7_SOFTFP, ArmTarget.ARMV5TE_SOFT);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void argumentsReachJavaAndResultsComeBack(ArmTarget target) {
        Random rnd = new Random(target.name().hashCode());
        for (int round = 0; round < 40; round++) {
            List<Kind> args = new ArrayList<>();
            int n = rnd.nextInt(11);
            for (int i = 0; i < n; i++) args.add(List.of(Kind.INT, Kind.REF, Kind.FLOAT).get(rnd.nextInt(3)));
            Kind result = List.of(Kind.INT, Kind.REF, Kind.FLOAT, Kind.VOID).get(rnd.nextInt(4));
            long[] values = new long[n];
            for (int i = 0; i < n; i++) values[i] = args.get(i) == Kind.FLOAT ? Double.doubleToRawLongBits(rnd.nextGaussian() * 1e6) : rnd.nextInt();
            new Rig(target, args, result).check(values, rnd.nextLong());
        }
    }

    /** A simulated machine with the fake JVM, one thunk and its common tail. */
    static final class Rig {
        final ArmTarget target;
        final GuestMemory code = GuestMemory.allocate(CODE, 64 << 10);
        final GuestMemory data = GuestMemory.allocate(DATA, 64 << 10);
        final RuntimeCallTable calls = new RuntimeCallTable();
        final ArmSimulator sim;
        final RuntimeCall upcall;
        final int area = BASE + RuntimeBlock.UPCALL;
        int top = CODE;
        long[] received;
        long answer;
        int getEnvCalls;

        Rig(ArmTarget target, List<Kind> args, Kind result) {
            this.target = target;
            MemoryMap map = new MemoryMap();
            map.map("code", code, Access.RX);
            map.map("data", data, Access.RW);
            // The runtime call compiled code thinks it calls (its id picks it out in the jvalue).
            calls.register("filler", Kind.VOID, List.of(), false, a -> 0);
            upcall = calls.register("under_test", result, args, false, a -> {
                throw new AssertionError("reached through svc: the thunk must go through JNI");
            });
            RuntimeCall getEnv = calls.register("fake_GetEnv", Kind.INT, List.of(Kind.REF, Kind.REF, Kind.INT), false, a -> {
                assertEquals(FAKE_VM, (int) a[0], "GetEnv's JavaVM");
                assertEquals(0x0001_0006, (int) a[2], "JNI_VERSION_1_6");
                data.storeWord((int) a[1], FAKE_ENV);
                getEnvCalls++;
                return 0;
            });
            RuntimeCall low = calls.register("fake_CallStaticLongMethodA_low", Kind.INT, List.of(Kind.REF, Kind.REF, Kind.REF, Kind.REF), false, a -> {
                assertEquals(FAKE_ENV, (int) a[0], "env");
                assertEquals(0x1234, (int) a[1], "class");
                assertEquals(0x5678, (int) a[2], "method id");
                assertEquals(area + JniUpcalls.JVALUES, (int) a[3], "jvalue array");
                assertEquals(7, data.loadWord((int) a[3]), "jvalue 0: the engine's slot");
                assertEquals(upcall.id(), data.loadWord((int) a[3] + 8), "jvalue 1: the call's id");
                received = new long[upcall.args().size()];
                for (int i = 0; i < received.length; i++) received[i] = JniUpcalls.argument(data, area, i, upcall.args().get(i));
                return (int) answer;
            });
            RuntimeCall high = calls.register("fake_CallStaticLongMethodA_high", Kind.INT, List.of(), false, a -> (int) (answer >>> 32));
            SimOptions options = SimOptions.defaults().withFloatAbi(target.floatAbi());
            sim = ArmSimulator.withStack(target.simModel(), map, calls, options);

            int getEnvStub = stub(getEnv), lowStub = stub(low), highStub = stub(high);
            // CallStaticLongMethodA returns a jlong in r0:r1 under every float ABI.
            int callStatic = emit(m -> {
                m.push(Condition.AL, 1 << 4 | 1 << 14);
                m.mov32(Condition.AL, Register.IP, lowStub);
                m.blx(Condition.AL, Register.IP);
                m.mov(Register.R4, Register.R0);
                m.mov32(Condition.AL, Register.IP, highStub);
                m.blx(Condition.AL, Register.IP);
                m.mov(Register.R1, Register.R0);
                m.mov(Register.R0, Register.R4);
                m.pop(Condition.AL, 1 << 4 | 1 << 15);
            });
            data.storeWord(FAKE_VM, INVOKE_TABLE);
            data.storeWord(INVOKE_TABLE + 4 * 6, getEnvStub);
            data.storeWord(FAKE_ENV, NATIVE_TABLE);
            data.storeWord(NATIVE_TABLE + 4 * 134, callStatic);
            data.storeWord(area + JniUpcalls.VM, FAKE_VM);
            data.storeWord(area + JniUpcalls.ENV, 0);
            data.storeWord(area + JniUpcalls.CLASS, 0x1234);
            data.storeWord(area + JniUpcalls.METHOD, 0x5678);
            data.storeWord(area + JniUpcalls.JVALUES, 7);
        }

        int stub(RuntimeCall c) {
            int at = top;
            SvcStubs.write(code, at, c);
            sim.memory().flushICache(at, SvcStubs.STUB_SIZE);
            top += SvcStubs.STUB_SIZE;
            return at;
        }

        int emit(java.util.function.Consumer<MacroAssembler> body) {
            MacroAssembler m = new MacroAssembler(target.cpu(), new CodeBuffer(top, ICacheFlusher.NONE));
            body.accept(m);
            m.buffer().finish();
            return place(m.buffer().toArray());
        }

        int place(int[] words) {
            int at = top;
            for (int i = 0; i < words.length; i++) code.storeWord(at + 4 * i, words[i]);
            top = (top + 4 * words.length + 7) & ~7;
            sim.memory().flushICache(at, 4 * words.length);
            return at;
        }

        void check(long[] values, long seed) {
            int unwind = emit(m -> m.bkpt(0));
            boolean d0 = upcall.result() == Kind.FLOAT;
            int common = place(JniUpcalls.commonCode(target, top, RuntimeBlock.UPCALL, d0 && target.floatAbi() == org.armjit.arm.abi.FloatAbi.HARD, unwind));
            int thunk = place(JniUpcalls.thunkCode(target, top, upcall, RuntimeBlock.UPCALL, common));
            sim.setReg(10, BASE);
            sim.setReg(11, FRAME);
            for (int call = 0; call < 2; call++) {
                answer = upcall.result() == Kind.FLOAT ? Double.doubleToRawLongBits(seed * 1e-9 + call) : (int) (seed + call);
                long got = sim.call(thunk, Signature.of(upcall), values);
                assertArrayEquals(values, received, "arguments of " + upcall.args() + " under " + target.name());
                if (upcall.result() != Kind.VOID) assertEquals(answer, got, "result of " + upcall.result() + " under " + target.name());
            }
            assertEquals(1, getEnvCalls, "JNIEnv asked for once, then cached");
        }
    }
}
