package org.armjit.arm.asm;

/** Thrown when an assembler is asked for an instruction form its {@link Cpu} lacks. */
public final class UnsupportedFeatureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFeatureException(String form, ArchFeature needed, Cpu cpu) {
        super(form + " needs " + needed + ", which " + cpu + " lacks");
    }
}
