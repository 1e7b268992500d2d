package org.armjit.lang.format;

/**
 * Places a formatted number's parts into its field the way CPython's format() does:
 * [padding][sign][prefix][padding for '='][grouped digits][remainder][padding]. With fill
 * '0' and '=' alignment the padding becomes leading zeros inside the digit grouping
 * ("0,001,234").
 */
final class NumberLayout {
    private NumberLayout() {}

    /**
     * @param negative   whether a '-' is due
     * @param prefix     "0x" and the like, or ""
     * @param digits     the integer digits, grouped (may be empty, e.g. for "inf" or 'c')
     * @param remainder  what follows the digits: ".5e+10", "%", "inf", a 'c' character
     */
    static String layout(FormatSpec spec, boolean negative, String prefix, String digits, String remainder) {
        char sign = 0;
        switch (spec.sign()) {
            case '+': sign = negative ? '-' : '+'; break;
            case ' ': sign = negative ? '-' : ' '; break;
            default: if (negative) sign = '-';
        }
        int nonDigitLeft = (sign != 0 ? 1 : 0) + prefix.length();
        int remainderLen = remainder.codePointCount(0, remainder.length());
        int minWidth = spec.fill() == '0' && spec.align() == '=' ? spec.width() - nonDigitLeft - remainderLen : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, spec.thousands(), spec.groupSize());
        int total = nonDigitLeft + grouped.length() + remainderLen;
        int padding = spec.width() - total;
        int left = 0, inner = 0, right = 0;
        if (padding > 0) {
            switch (spec.align()) {
                case '<': right = padding; break;
                case '^': left = padding / 2; right = padding - left; break;
                case '=': inner = padding; break;
                default: left = padding;
            }
        }
        StringBuilder b = new StringBuilder(total + Math.max(padding, 0) * 2);
        fill(b, spec.fill(), left);
        if (sign != 0) b.append(sign);
        b.append(prefix);
        fill(b, spec.fill(), inner);
        b.append(grouped).append(remainder);
        fill(b, spec.fill(), right);
        return b.toString();
    }

    static void fill(StringBuilder b, int codePoint, int n) {
        for (int i = 0; i < n; i++) b.appendCodePoint(codePoint);
    }

    /**
     * ASCII digits with separator {@code sep} every {@code size} digits from the right
     * (none when sep is 0), left-padded with zeros (and separators) to at least
     * {@code minWidth} characters, never starting with a separator.
     */
    static String group(String digits, int minWidth, char sep, int size) {
        int len = digits.length();
        if (sep == 0) {
            if (minWidth <= len) return digits;
            return "0".repeat(minWidth - len) + digits;
        }
        if (len <= size && minWidth <= len) return digits;
        StringBuilder rev = new StringBuilder(Math.max(len + len / size, minWidth) + 1);
        int remaining = len;
        int pos = len; // next digit to copy is digits[pos - 1]
        boolean useSep = false;
        while (true) {
            int l = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            if (useSep) rev.append(sep);
            for (int i = 0; i < chars; i++) rev.append(digits.charAt(--pos));
            for (int i = 0; i < zeros; i++) rev.append('0');
            useSep = true;
            remaining -= chars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) break;
            minWidth -= 1;
        }
        return rev.reverse().toString();
    }
}
