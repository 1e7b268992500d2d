package org.armjit.arm.sim;

/** Access rights of a mapped region, as a bit set. */
public final class Access {
    public static final int READ = 1;
    public static final int WRITE = 2;
    public static final int EXECUTE = 4;
    public static final int RW = READ | WRITE;
    public static final int RX = READ | EXECUTE;
    public static final int RWX = READ | WRITE | EXECUTE;

    private Access() {}

    public static String toString(int rights) {
        return ((rights & READ) != 0 ? "r" : "-") + ((rights & WRITE) != 0 ? "w" : "-")
                + ((rights & EXECUTE) != 0 ? "x" : "-");
    }
}
