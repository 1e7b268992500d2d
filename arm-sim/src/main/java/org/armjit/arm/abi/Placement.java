package org.armjit.arm.abi;

import java.util.List;

/**
 * Where every argument and the result of one signature go under one calling convention.
 * {@code stackBytes} is the size of the outgoing argument area (a multiple of 8, so sp stays
 * 8-byte aligned at the call).
 */
public record Placement(Signature signature, List<Location> args, Location result, int stackBytes) {
    public Placement {
        args = List.copyOf(args);
    }

    public Location arg(int i) { return args.get(i); }
}
