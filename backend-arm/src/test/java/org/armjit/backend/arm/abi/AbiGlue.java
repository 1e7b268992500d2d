package org.armjit.backend.arm.abi;

import org.armjit.arm.abi.CallingConvention;
import org.armjit.arm.abi.Location;
import org.armjit.arm.abi.Placement;
import org.armjit.arm.asm.Condition;
import org.armjit.arm.asm.IndexMode;
import org.armjit.arm.asm.MacroAssembler;
import org.armjit.arm.asm.MemOp;
import org.armjit.arm.asm.Register;
import org.armjit.arm.asm.VfpRegister;
import org.armjit.backend.arm.ArmTarget;

/**
 * armjit's side of the gcc differential test: machine code, made with the target's
 * {@link MacroAssembler} from the {@link Placement} of the target's {@link CallingConvention}
 * (the object the backend places every helper call with), that calls a gcc-compiled function
 * ({@link #caller}) or is called by one ({@link #callee}).
 *
 * <p>Each blob is position independent and is linked right after a two-word header: the
 * address of its C partner function at -8 and the address of the exchange buffer at -4 (both
 * filled in by the static linker), which the code reads pc-relative.
 */
final class AbiGlue {
    static final int HEADER_PARTNER = -8;
    static final int HEADER_XBUF = -4;
    private static final Condition AL = Condition.AL;
    private static final Register IP = Register.IP, LR = Register.LR, SP = Register.SP;

    private final ArmTarget target;
    private final CallingConvention cc;

    AbiGlue(ArmTarget target) {
        this.target = target;
        this.cc = target.callingConvention();
    }

    /**
     * {@code void caller(void)}: places the signature's argument values where the convention
     * says, calls the C partner, then stores the result from its location into the exchange
     * buffer's result slot.
     */
    int[] caller(CSignature sig) {
        Placement pl = cc.place(sig.machine());
        MacroAssembler m = new MacroAssembler(target.cpu());
        // ten registers keep sp 8-byte aligned (it was at entry)
        m.push(AL, 0x1ff0 | LR.bit());
        if (pl.stackBytes() > 0) m.subImmediate(AL, false, SP, SP, pl.stackBytes());
        // stacked and VFP arguments first: they go through ip and lr, which no argument occupies
        for (int k = 0; k < sig.params().size(); k++) {
            long bits = sig.argBits()[k];
            Location where = pl.arg(k);
            if (where instanceof Location.Stack st) {
                m.mov32(AL, IP, (int) bits);
                m.str(IP, SP, st.offset());
                if (st.size() == 8) {
                    m.mov32(AL, IP, (int) (bits >>> 32));
                    m.str(IP, SP, st.offset() + 4);
                }
            } else if (where instanceof Location.VfpSingle s) {
                m.mov32(AL, IP, (int) bits);
                m.vmovToSingle(AL, VfpRegister.s(s.reg()), IP);
            } else if (where instanceof Location.VfpDouble d) {
                m.mov32(AL, IP, (int) bits);
                m.mov32(AL, LR, (int) (bits >>> 32));
                m.vmovToDouble(AL, VfpRegister.d(d.reg()), IP, LR);
            }
        }
        for (int k = 0; k < sig.params().size(); k++) {
            long bits = sig.argBits()[k];
            Location where = pl.arg(k);
            if (where instanceof Location.CoreReg r) {
                m.mov32(AL, Register.of(r.reg()), (int) bits);
            } else if (where instanceof Location.CorePair p) {
                m.mov32(AL, Register.of(p.lo()), (int) bits);
                m.mov32(AL, Register.of(p.hi()), (int) (bits >>> 32));
            }
        }
        loadHeader(m, IP, HEADER_PARTNER);
        m.blx(AL, IP);
        if (pl.stackBytes() > 0) m.addImmediate(AL, false, SP, SP, pl.stackBytes());
        loadHeader(m, IP, HEADER_XBUF);
        int res = 4 * CSignature.RESULT_WORD;
        Location r = pl.result();
        if (r instanceof Location.CoreReg cr) {
            m.str(Register.of(cr.reg()), IP, res);
        } else if (r instanceof Location.CorePair p) {
            m.str(Register.of(p.lo()), IP, res);
            m.str(Register.of(p.hi()), IP, res + 4);
        } else if (r instanceof Location.VfpSingle s) {
            m.vstr(AL, VfpRegister.s(s.reg()), IP, true, res);
        } else if (r instanceof Location.VfpDouble d) {
            m.vstr(AL, VfpRegister.d(d.reg()), IP, true, res);
        }
        m.pop(AL, 0x1ff0 | Register.PC.bit());
        m.buffer().finish();
        return m.buffer().toArray();
    }

    /**
     * The function a gcc-compiled caller calls: stores every argument from its location into
     * its echo slot of the exchange buffer, then returns the signature's result value in the
     * result location.
     */
    int[] callee(CSignature sig) {
        Placement pl = cc.place(sig.machine());
        MacroAssembler m = new MacroAssembler(target.cpu());
        m.push(AL, Register.R4.bit() | LR.bit()); // stacked arguments are now 8 bytes further up
        loadHeader(m, IP, HEADER_XBUF);
        for (int k = 0; k < sig.params().size(); k++) {
            int slot = 8 * k;
            Location where = pl.arg(k);
            if (where instanceof Location.CoreReg r) {
                m.str(Register.of(r.reg()), IP, slot);
            } else if (where instanceof Location.CorePair p) {
                m.str(Register.of(p.lo()), IP, slot);
                m.str(Register.of(p.hi()), IP, slot + 4);
            } else if (where instanceof Location.VfpSingle s) {
                m.vstr(AL, VfpRegister.s(s.reg()), IP, true, slot);
            } else if (where instanceof Location.VfpDouble d) {
                m.vstr(AL, VfpRegister.d(d.reg()), IP, true, slot);
            } else if (where instanceof Location.Stack st) {
                for (int w = 0; w < st.size(); w += 4) {
                    m.ldr(Register.R4, SP, 8 + st.offset() + w);
                    m.str(Register.R4, IP, slot + w);
                }
            }
        }
        long bits = sig.resultBits();
        Location r = pl.result();
        if (r instanceof Location.CoreReg cr) {
            m.mov32(AL, Register.of(cr.reg()), (int) bits);
        } else if (r instanceof Location.CorePair p) {
            m.mov32(AL, Register.of(p.lo()), (int) bits);
            m.mov32(AL, Register.of(p.hi()), (int) (bits >>> 32));
        } else if (r instanceof Location.VfpSingle s) {
            m.mov32(AL, IP, (int) bits);
            m.vmovToSingle(AL, VfpRegister.s(s.reg()), IP);
        } else if (r instanceof Location.VfpDouble d) {
            m.mov32(AL, IP, (int) bits);
            m.mov32(AL, LR, (int) (bits >>> 32));
            m.vmovToDouble(AL, VfpRegister.d(d.reg()), IP, LR);
        }
        m.pop(AL, Register.R4.bit() | Register.PC.bit());
        m.buffer().finish();
        return m.buffer().toArray();
    }

    /** rt = the header word at {@code headerOffset} before the blob (pc reads 8 ahead). */
    private static void loadHeader(MacroAssembler m, Register rt, int headerOffset) {
        int back = m.position() + 8 - headerOffset;
        m.memImm(AL, MemOp.LDR, rt, Register.PC, false, back, IndexMode.OFFSET);
    }
}
