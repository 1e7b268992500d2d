package org.armjit.lang.format;

/** {@code repr(float)} (which is also {@code str(float)}) exactly as CPython 3.11 prints it. */
public final class FloatFormat {
    private FloatFormat() {}

    public static String repr(double v) {
        long bits = Double.doubleToRawLongBits(v);
        boolean negative = bits < 0;
        if ((bits & 0x7ff0000000000000L) == 0x7ff0000000000000L) {
            if (v != v) return "nan";
            return negative ? "-inf" : "inf";
        }
        if (v == 0) return negative ? "-0.0" : "0.0";
        ShortestDigits.Decimal d = ShortestDigits.of(bits);
        return layout(negative, d.digits(), d.exponent());
    }

    /**
     * CPython's repr layout of digits * 10^exponent: positional when the decimal exponent
     * of the leading digit is in [-4, 16), otherwise d.ddde+XX.
     */
    private static String layout(boolean negative, long digits, int exponent) {
        char[] ds = new char[20];
        int n = 0;
        for (long x = digits; x != 0; x /= 10) ds[n++] = (char) ('0' + x % 10);
        char[] out = new char[n + 28];
        int o = 0;
        if (negative) out[o++] = '-';
        int decpt = n + exponent; // digits before the decimal point
        if (decpt > 16 || decpt < -3) {
            out[o++] = ds[n - 1];
            if (n > 1) {
                out[o++] = '.';
                for (int i = n - 2; i >= 0; i--) out[o++] = ds[i];
            }
            out[o++] = 'e';
            int exp = decpt - 1;
            out[o++] = exp < 0 ? '-' : '+';
            if (exp < 0) exp = -exp;
            if (exp >= 100) out[o++] = (char) ('0' + exp / 100);
            out[o++] = (char) ('0' + exp / 10 % 10);
            out[o++] = (char) ('0' + exp % 10);
            return new String(out, 0, o);
        }
        if (decpt <= 0) {
            out[o++] = '0';
            out[o++] = '.';
            for (int i = decpt; i < 0; i++) out[o++] = '0';
            for (int i = n - 1; i >= 0; i--) out[o++] = ds[i];
        } else if (decpt >= n) {
            for (int i = n - 1; i >= 0; i--) out[o++] = ds[i];
            for (int i = n; i < decpt; i++) out[o++] = '0';
            out[o++] = '.';
            out[o++] = '0';
        } else {
            for (int i = n - 1; i >= 0; i--) {
                out[o++] = ds[i];
                if (i == n - decpt) out[o++] = '.';
            }
        }
        return new String(out, 0, o);
    }
}
