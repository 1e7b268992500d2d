package org.armjit.lang.vm;

import org.armjit.runtime.heap.Handles;
import org.armjit.runtime.heap.TypeId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Methods of the builtin types str, list, tuple, dict, int and float. */
final class TypeMethods {
    private final Vm vm;
    private final Builtins b;
    private final Args args;
    private final Handles handles;

    TypeMethods(Vm vm, Builtins b) {
        this.vm = vm;
        this.b = b;
        this.args = b.args;
        this.handles = vm.heap.handles;
    }

    void install() {
        installStr(vm.classes.dict(vm.strClass));
        installList(vm.classes.dict(vm.listClass));
        installTuple(vm.classes.dict(vm.tupleClass));
        installDict(vm.classes.dict(vm.dictClass));
        installStorageMethods(vm.classes.dict(vm.listClass), true);
        installStorageMethods(vm.classes.dict(vm.dictClass), false);
        installProperty(vm.classes.dict(vm.propertyClass));
        int ints = vm.classes.dict(vm.intClass);
        b.def(ints, "bit_length", (self, a, off, n, kw) -> {
            args.exactly("int.bit_length", n, 0);
            return Tag.box(vm.ints.toBig(self).abs().bitLength());
        });
        b.def(vm.classes.dict(vm.floatClass), "is_integer", (self, a, off, n, kw) -> {
            args.exactly("float.is_integer", n, 0);
            double d = vm.floats.value(self);
            return vm.bool(!Double.isInfinite(d) && d == Math.floor(d));
        });
    }

    // ------------------------------------------------------------------ property

    /** property.setter/getter: a copy of the property with one accessor replaced. */
    private void installProperty(int d) {
        for (String which : new String[] {"getter", "setter"}) {
            b.def(d, which, (self, a, off, n, kw) -> {
                args.exactly("property." + which, n, 1);
                int mark = handles.mark();
                try {
                    int hs = handles.push(self), hf = handles.push(a[off]);
                    int p = handles.push(vm.classes.newInstance(vm.propertyClass));
                    for (String k : new String[] {"fget", "fset", "fdel", "doc"}) {
                        int v = vm.dict.getStr(vm.classes.instanceDict(handles.get(hs)), vm.intern(k));
                        vm.dict.put(vm.classes.instanceDict(handles.get(p)), vm.intern(k), v);
                    }
                    vm.dict.put(vm.classes.instanceDict(handles.get(p)), vm.intern(which.equals("getter") ? "fget" : "fset"),
                            handles.get(hf));
                    return handles.get(p);
                } finally {
                    handles.release(mark);
                }
            });
        }
    }

    // ------------------------------------------------------------------ str

    private String s(int w) {
        return vm.str.toJava(w);
    }

    private int str(String s) {
        return vm.str.of(s);
    }

    private String strArg(int w, String method) {
        if (Tag.isInt(w) || vm.typeOf(w) != TypeId.STR) {
            throw vm.typeError("must be str, not " + vm.typeName(w));
        }
        return vm.str.toJava(w);
    }

    /** Python's str.isspace() for one code point. */
    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** Clamps optional start/end arguments like CPython's slice-style indices. */
    private int[] range(int[] a, int off, int n, int first, int len) {
        int start = 0, end = len;
        // CPython's ADJUST_INDICES: a start past the end stays there (find answers -1, count 0)
        if (n > first && a[off + first] != vm.none) start = Math.max(clamp(args.intArg(a[off + first], "start"), len), args.intArg(a[off + first], "start"));
        if (n > first + 1 && a[off + first + 1] != vm.none) end = clamp(args.intArg(a[off + first + 1], "end"), len);
        return new int[] {start, end};
    }

    private static int clamp(int i, int len) {
        if (i < 0) i = Math.max(0, i + len);
        return Math.min(i, len);
    }

    private void installStr(int d) {
        b.def(d, "join", (self, a, off, n, kw) -> {
            args.exactly("str.join", n, 1);
            String sep = s(self);
            int[] items = b.iterableToArray(a[off]);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.length; i++) {
                int it = items[i];
                if (Tag.isInt(it) || vm.typeOf(it) != TypeId.STR) {
                    throw vm.typeError("sequence item " + i + ": expected str instance, " + vm.typeName(it) + " found");
                }
                if (i > 0) sb.append(sep);
                sb.append(s(it));
            }
            return str(sb.toString());
        });
        b.def(d, "split", (self, a, off, n, kw) -> split(self, a, off, n, kw, false));
        b.def(d, "rsplit", (self, a, off, n, kw) -> split(self, a, off, n, kw, true));
        b.def(d, "strip", (self, a, off, n, kw) -> strip(self, a, off, n, true, true));
        b.def(d, "lstrip", (self, a, off, n, kw) -> strip(self, a, off, n, true, false));
        b.def(d, "rstrip", (self, a, off, n, kw) -> strip(self, a, off, n, false, true));
        b.def(d, "upper", (self, a, off, n, kw) -> {
            args.exactly("str.upper", n, 0);
            return str(s(self).toUpperCase(Locale.ROOT));
        });
        b.def(d, "lower", (self, a, off, n, kw) -> {
            args.exactly("str.lower", n, 0);
            return str(s(self).toLowerCase(Locale.ROOT));
        });
        b.def(d, "capitalize", (self, a, off, n, kw) -> {
            String x = s(self);
            if (x.isEmpty()) return self;
            int first = x.codePointAt(0);
            return str(new String(Character.toChars(Character.toTitleCase(first))) + x.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
        });
        b.def(d, "title", (self, a, off, n, kw) -> {
            StringBuilder sb = new StringBuilder();
            boolean prevCased = false;
            for (int cp : s(self).codePoints().toArray()) {
                if (Character.isLetter(cp)) {
                    sb.appendCodePoint(prevCased ? Character.toLowerCase(cp) : Character.toTitleCase(cp));
                    prevCased = true;
                } else {
                    sb.appendCodePoint(cp);
                    prevCased = false;
                }
            }
            return str(sb.toString());
        });
        b.def(d, "swapcase", (self, a, off, n, kw) -> {
            StringBuilder sb = new StringBuilder();
            for (int cp : s(self).codePoints().toArray()) {
                sb.appendCodePoint(Character.isUpperCase(cp) ? Character.toLowerCase(cp) : Character.toUpperCase(cp));
            }
            return str(sb.toString());
        });
        b.def(d, "startswith", (self, a, off, n, kw) -> affix(self, a, off, n, true));
        b.def(d, "endswith", (self, a, off, n, kw) -> affix(self, a, off, n, false));
        b.def(d, "find", (self, a, off, n, kw) -> Tag.box(find(self, a, off, n, "find", false)));
        b.def(d, "rfind", (self, a, off, n, kw) -> Tag.box(find(self, a, off, n, "rfind", true)));
        b.def(d, "index", (self, a, off, n, kw) -> {
            int i = find(self, a, off, n, "index", false);
            if (i < 0) throw vm.valueError("substring not found");
            return Tag.box(i);
        });
        b.def(d, "rindex", (self, a, off, n, kw) -> {
            int i = find(self, a, off, n, "rindex", true);
            if (i < 0) throw vm.valueError("substring not found");
            return Tag.box(i);
        });
        b.def(d, "count", (self, a, off, n, kw) -> {
            args.between("count", n, 1, 3);
            strArg(a[off], "count");
            int len = vm.str.length(self);
            int[] r = range(a, off, n, 1, len);
            int sub = a[off];
            int m = vm.str.length(sub);
            if (m == 0) return Tag.box(r[1] >= r[0] ? r[1] - r[0] + 1 : 0);
            if (r[1] - r[0] < m) return Tag.box(0);
            int count = 0;
            for (int i = vm.str.find(self, sub, r[0], r[1]); i >= 0; i = vm.str.find(self, sub, i + m, r[1])) count++;
            return Tag.box(count);
        });
        b.def(d, "replace", (self, a, off, n, kw) -> {
            args.between("replace", n, 2, 3);
            String x = s(self), old = strArg(a[off], "replace"), nu = strArg(a[off + 1], "replace");
            int count = n == 3 ? args.intArg(a[off + 2], "count") : -1;
            if (count < 0) return str(x.replace(old, nu));
            StringBuilder sb = new StringBuilder();
            int from = 0;
            for (int k = 0; k < count; k++) {
                int i = old.isEmpty() ? (from <= x.length() ? from : -1) : x.indexOf(old, from);
                if (i < 0) break;
                sb.append(x, from, i).append(nu);
                if (old.isEmpty()) {
                    if (i < x.length()) sb.append(x.charAt(i));
                    from = i + 1;
                } else {
                    from = i + old.length();
                }
            }
            if (from <= x.length()) sb.append(x.substring(from));
            return str(sb.toString());
        });
        b.def(d, "format", (self, a, off, n, kw) -> b.fmt.strFormat(self, a, off, n, kw));
        String[] preds = {"isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isdecimal", "isnumeric"};
        for (String p : preds) b.def(d, p, (self, a, off, n, kw) -> vm.bool(predicate(p, s(self))));
        b.def(d, "zfill", (self, a, off, n, kw) -> {
            args.exactly("str.zfill", n, 1);
            String x = s(self);
            int width = args.intArg(a[off], "width");
            if (x.length() >= width) return self;
            int signLen = !x.isEmpty() && (x.charAt(0) == '+' || x.charAt(0) == '-') ? 1 : 0;
            return str(x.substring(0, signLen) + "0".repeat(width - x.length()) + x.substring(signLen));
        });
        b.def(d, "center", (self, a, off, n, kw) -> pad(self, a, off, n, 0));
        b.def(d, "ljust", (self, a, off, n, kw) -> pad(self, a, off, n, -1));
        b.def(d, "rjust", (self, a, off, n, kw) -> pad(self, a, off, n, 1));
        b.def(d, "splitlines", (self, a, off, n, kw) -> {
            String x = s(self); // before truth(), which may run __len__ (a safepoint)
            boolean keep = n > 0 && vm.ops.truth(a[off]);
            List<String> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < x.length(); i++) {
                char c = x.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
                        || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    int end = i;
                    if (c == '\r' && i + 1 < x.length() && x.charAt(i + 1) == '\n') i++;
                    out.add(x.substring(start, keep ? i + 1 : end));
                    start = i + 1;
                }
            }
            if (start < x.length()) out.add(x.substring(start));
            return strList(out);
        });
        b.def(d, "partition", (self, a, off, n, kw) -> partition(self, a, off, n, false));
        b.def(d, "rpartition", (self, a, off, n, kw) -> partition(self, a, off, n, true));
    }

    private boolean predicate(String name, String x) {
        if (x.isEmpty()) return false;
        int[] cps = x.codePoints().toArray();
        switch (name) {
            case "isdigit": case "isdecimal": case "isnumeric":
                for (int c : cps) {
                    int t = Character.getType(c);
                    boolean digit = t == Character.DECIMAL_DIGIT_NUMBER;
                    if (!name.equals("isdecimal")) digit |= (c == 0xb2 || c == 0xb3 || c == 0xb9 || (c >= 0x2070 && c <= 0x2079));
                    if (name.equals("isnumeric")) digit |= t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER;
                    if (!digit) return false;
                }
                return true;
            case "isalpha":
                for (int c : cps) if (!Character.isLetter(c)) return false;
                return true;
            case "isalnum":
                for (int c : cps) if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.OTHER_NUMBER) return false;
                return true;
            case "isspace":
                for (int c : cps) if (!isSpace(c)) return false;
                return true;
            case "isupper": case "islower": {
                boolean cased = false;
                for (int c : cps) {
                    if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                        if (name.equals("islower")) return false;
                        cased = true;
                    } else if (Character.isLowerCase(c)) {
                        if (name.equals("isupper")) return false;
                        cased = true;
                    }
                }
                return cased;
            }
            default:
                throw new IllegalArgumentException(name);
        }
    }

    private int strList(List<String> parts) {
        int mark = handles.mark();
        try {
            int hl = handles.push(vm.seq.newList(parts.size()));
            for (String p : parts) vm.seq.append(handles.get(hl), str(p));
            return handles.get(hl);
        } finally {
            handles.release(mark);
        }
    }

    private int split(int self, int[] a, int off, int n, int kw, boolean right) {
        String fn = right ? "rsplit" : "split";
        args.onlyKeywords(fn, kw, "sep", "maxsplit");
        int nk = args.keywordCount(kw);
        int pos = n - nk;
        if (pos > 2) throw vm.typeError(fn + "() takes at most 2 arguments (" + pos + " given)");
        int sepW = pos >= 1 ? a[off] : args.keyword(a, off, n, kw, "sep");
        int maxW = pos >= 2 ? a[off + 1] : args.keyword(a, off, n, kw, "maxsplit");
        int max = maxW == 0 ? -1 : args.intArg(maxW, "maxsplit");
        String x = s(self);
        List<String> out = new ArrayList<>();
        if (sepW == 0 || sepW == vm.none) {
            int[] cps = x.codePoints().toArray();
            if (!right) {
                int i = 0, len = cps.length;
                while (true) {
                    while (i < len && isSpace(cps[i])) i++;
                    if (i >= len) break;
                    if (max >= 0 && out.size() == max) {
                        int end = len;
                        while (end > i && isSpace(cps[end - 1])) end--;
                        out.add(new String(cps, i, end - i));
                        break;
                    }
                    int j = i;
                    while (j < len && !isSpace(cps[j])) j++;
                    out.add(new String(cps, i, j - i));
                    i = j;
                }
            } else {
                int i = cps.length;
                while (true) {
                    while (i > 0 && isSpace(cps[i - 1])) i--;
                    if (i <= 0) break;
                    if (max >= 0 && out.size() == max) {
                        int st = 0;
                        while (st < i && isSpace(cps[st])) st++;
                        out.add(0, new String(cps, st, i - st));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !isSpace(cps[j - 1])) j--;
                    out.add(0, new String(cps, j, i - j));
                    i = j;
                }
            }
            return strList(out);
        }
        String sep = strArg(sepW, fn);
        if (sep.isEmpty()) throw vm.valueError("empty separator");
        if (!right) {
            int from = 0;
            while (max < 0 || out.size() < max) {
                int i = x.indexOf(sep, from);
                if (i < 0) break;
                out.add(x.substring(from, i));
                from = i + sep.length();
            }
            out.add(x.substring(from));
        } else {
            int to = x.length();
            while (max < 0 || out.size() < max) {
                int i = x.lastIndexOf(sep, to - sep.length());
                if (i < 0) break;
                out.add(0, x.substring(i + sep.length(), to));
                to = i;
            }
            out.add(0, x.substring(0, to));
        }
        return strList(out);
    }

    private int strip(int self, int[] a, int off, int n, boolean left, boolean right) {
        args.between("strip", n, 0, 1);
        String chars = n == 1 && a[off] != vm.none ? strArg(a[off], "strip") : null;
        int[] cps = s(self).codePoints().toArray();
        int i = 0, j = cps.length;
        if (left) while (i < j && stripped(cps[i], chars)) i++;
        if (right) while (j > i && stripped(cps[j - 1], chars)) j--;
        if (i == 0 && j == cps.length) return self;
        return vm.str.ofCodePoints(cps, i, j);
    }

    private static boolean stripped(int c, String chars) {
        return chars == null ? isSpace(c) : chars.indexOf(c) >= 0 || (c > 0xffff && chars.contains(new String(Character.toChars(c))));
    }

    private int affix(int self, int[] a, int off, int n, boolean start) {
        String fn = start ? "startswith" : "endswith";
        args.between(fn, n, 1, 3);
        int len = vm.str.length(self);
        int[] r = range(a, off, n, 1, len);
        int p = a[off];
        if (!Tag.isInt(p) && vm.typeOf(p) == TypeId.TUPLE) {
            int k = vm.seq.tupleLength(p);
            for (int i = 0; i < k; i++) {
                if (affixOne(self, vm.seq.tupleGet(p, i), r, start, fn)) return vm.trueObj;
            }
            return vm.falseObj;
        }
        if (Tag.isInt(p) || vm.typeOf(p) != TypeId.STR) {
            throw vm.typeError(fn + " first arg must be str or a tuple of str, not " + vm.typeName(p));
        }
        return vm.bool(affixOne(self, p, r, start, fn));
    }

    private boolean affixOne(int self, int p, int[] r, boolean start, String fn) {
        if (Tag.isInt(p) || vm.typeOf(p) != TypeId.STR) {
            throw vm.typeError("tuple for " + fn + " must only contain str, not " + vm.typeName(p));
        }
        int m = vm.str.length(p);
        if (r[1] - r[0] < m) return false;
        int at = start ? r[0] : r[1] - m;
        for (int i = 0; i < m; i++) {
            if (vm.str.charAt(self, at + i) != vm.str.charAt(p, i)) return false;
        }
        return true;
    }

    private int find(int self, int[] a, int off, int n, String fn, boolean reverse) {
        args.between(fn, n, 1, 3);
        if (Tag.isInt(a[off]) || vm.typeOf(a[off]) != TypeId.STR) {
            throw vm.typeError("must be str, not " + vm.typeName(a[off]));
        }
        int len = vm.str.length(self);
        int[] r = range(a, off, n, 1, len);
        if (r[0] > len) return -1;
        return reverse ? vm.str.rfind(self, a[off], r[0], r[1]) : vm.str.find(self, a[off], r[0], r[1]);
    }

    private int pad(int self, int[] a, int off, int n, int align) {
        args.between("pad", n, 1, 2);
        int width = args.intArg(a[off], "width");
        String fill = " ";
        if (n == 2) {
            fill = strArg(a[off + 1], "fill");
            if (fill.codePointCount(0, fill.length()) != 1) {
                throw vm.typeError("The fill character must be exactly one character long");
            }
        }
        String x = s(self);
        int len = x.codePointCount(0, x.length());
        if (len >= width) return self;
        int total = width - len;
        int left;
        if (align < 0) left = 0;
        else if (align > 0) left = total;
        else left = total / 2 + (total & width & 1);
        return str(fill.repeat(left) + x + fill.repeat(total - left));
    }

    private int partition(int self, int[] a, int off, int n, boolean right) {
        args.exactly(right ? "str.rpartition" : "str.partition", n, 1);
        String x = s(self), sep = strArg(a[off], "partition");
        if (sep.isEmpty()) throw vm.valueError("empty separator");
        int i = right ? x.lastIndexOf(sep) : x.indexOf(sep);
        int[] parts;
        if (i < 0) {
            parts = right ? new int[] {vm.str.empty(), vm.str.empty(), self} : new int[] {self, vm.str.empty(), vm.str.empty()};
        } else {
            parts = new int[] {str(x.substring(0, i)), a[off], 0};
            parts[2] = str(x.substring(i + sep.length()));
        }
        return vm.seq.tupleOf(parts);
    }

    // ------------------------------------------------------------------ list

    private void installList(int d) {
        b.def(d, "append", (self, a, off, n, kw) -> {
            args.exactly("list.append", n, 1);
            vm.seq.append(self, a[off]);
            return vm.none;
        });
        b.def(d, "extend", (self, a, off, n, kw) -> {
            args.exactly("list.extend", n, 1);
            vm.interp.extendList(self, a[off]);
            return vm.none;
        });
        b.def(d, "pop", (self, a, off, n, kw) -> {
            args.between("pop", n, 0, 1);
            int len = vm.seq.length(self);
            if (len == 0) throw vm.raise("IndexError", "pop from empty list");
            int i = n == 0 ? len - 1 : args.intArg(a[off], "index");
            if (i < 0) i += len;
            if (i < 0 || i >= len) throw vm.raise("IndexError", "pop index out of range");
            int v = vm.seq.get(self, i);
            vm.seq.removeRange(self, i, i + 1);
            return v;
        });
        b.def(d, "insert", (self, a, off, n, kw) -> {
            args.exactly("insert", n, 2);
            int len = vm.seq.length(self);
            int i = args.intArg(a[off], "index");
            if (i < 0) i = Math.max(0, i + len);
            vm.seq.insert(self, Math.min(i, len), a[off + 1]);
            return vm.none;
        });
        b.def(d, "remove", (self, a, off, n, kw) -> {
            args.exactly("list.remove", n, 1);
            int hs = handles.push(self);
            try {
                int i = indexOf(self, a, off, 0, Integer.MAX_VALUE);
                if (i < 0) throw vm.valueError("list.remove(x): x not in list");
                vm.seq.removeRange(handles.get(hs), i, i + 1);
                return vm.none;
            } finally {
                handles.release(hs);
            }
        });
        b.def(d, "index", (self, a, off, n, kw) -> {
            args.between("index", n, 1, 3);
            int len = vm.seq.length(self);
            int[] r = range(a, off, n, 1, len);
            int i = indexOf(self, a, off, r[0], r[1]);
            if (i < 0) throw vm.valueError(vm.ops.repr(a[off]) + " is not in list");
            return Tag.box(i);
        });
        b.def(d, "count", (self, a, off, n, kw) -> {
            args.exactly("list.count", n, 1);
            int mark = handles.mark();
            try {
                int hs = handles.push(self);
                int count = 0;
                for (int i = 0; i < vm.seq.length(handles.get(hs)); i++) {
                    int x = vm.seq.get(handles.get(hs), i);
                    if (vm.ops.identical(x, a[off]) || vm.ops.eq(x, a[off])) count++;
                }
                return Tag.box(count);
            } finally {
                handles.release(mark);
            }
        });
        b.def(d, "reverse", (self, a, off, n, kw) -> {
            args.exactly("list.reverse", n, 0);
            vm.seq.reverse(self);
            return vm.none;
        });
        b.def(d, "sort", (self, a, off, n, kw) -> {
            args.onlyKeywords("sort", kw, "key", "reverse");
            if (n - args.keywordCount(kw) > 0) throw vm.typeError("sort() takes no positional arguments");
            int key = args.keyword(a, off, n, kw, "key");
            int rev = args.keyword(a, off, n, kw, "reverse");
            int mark = handles.mark();
            try {
                int hl = handles.push(self);
                int hk = handles.push(key);
                boolean reverse = rev != 0 && vm.ops.truth(rev);
                Sorting.sort(vm, hl, handles.get(hk), reverse);
                return vm.none;
            } finally {
                handles.release(mark);
            }
        });
        b.def(d, "copy", (self, a, off, n, kw) -> {
            int[] items = vm.seq.toArray(self);
            return vm.seq.listFrom(items, 0, items.length);
        });
        b.def(d, "clear", (self, a, off, n, kw) -> {
            vm.seq.clear(self);
            return vm.none;
        });
    }

    /** Index of a[off] in list self within [from, to), comparing with ==; -1 if absent. The list is re-read via a handle. */
    private int indexOf(int self, int[] a, int off, int from, int to) {
        int mark = handles.mark();
        try {
            int hs = handles.push(self);
            for (int i = from; i < Math.min(to, vm.seq.length(handles.get(hs))); i++) {
                int x = vm.seq.get(handles.get(hs), i);
                if (vm.ops.identical(x, a[off]) || vm.ops.eq(x, a[off])) return i;
            }
            return -1;
        } finally {
            handles.release(mark);
        }
    }

    // ------------------------------------------------------------------ tuple

    private void installTuple(int d) {
        // eq() may run __eq__ (a safepoint): the tuple is read back from a handle each time.
        b.def(d, "index", (self, a, off, n, kw) -> {
            args.between("index", n, 1, 3);
            int len = vm.seq.tupleLength(self);
            int[] r = range(a, off, n, 1, len);
            int hs = handles.push(self);
            try {
                for (int i = r[0]; i < r[1]; i++) {
                    int x = vm.seq.tupleGet(handles.get(hs), i);
                    if (vm.ops.identical(x, a[off]) || vm.ops.eq(x, a[off])) return Tag.box(i);
                }
            } finally {
                handles.release(hs);
            }
            throw vm.valueError("tuple.index(x): x not in tuple");
        });
        b.def(d, "count", (self, a, off, n, kw) -> {
            args.exactly("tuple.count", n, 1);
            int count = 0;
            int hs = handles.push(self);
            try {
                for (int i = 0; i < vm.seq.tupleLength(handles.get(hs)); i++) {
                    int x = vm.seq.tupleGet(handles.get(hs), i);
                    if (vm.ops.identical(x, a[off]) || vm.ops.eq(x, a[off])) count++;
                }
            } finally {
                handles.release(hs);
            }
            return Tag.box(count);
        });
    }

    // ------------------------------------------------------------------ dict

    private int keyError(int key) {
        throw new PyException(vm.classes.newExceptionInstance(vm.builtinClass("KeyError"), vm.seq.tupleOf(key)));
    }

    private int view(int dict, int kind) {
        int v = vm.alloc(org.armjit.runtime.heap.Heap.header(TypeId.DICT_VIEW), 16);
        vm.mem.storeWord(v + 4, kind);
        vm.mem.storeWord(v + 8, dict);
        return v;
    }

    private void installDict(int d) {
        b.def(d, "get", (self, a, off, n, kw) -> {
            args.between("get", n, 1, 2);
            int v = vm.dict.get(self, a[off]);
            return v != 0 ? v : n == 2 ? a[off + 1] : vm.none;
        });
        b.def(d, "keys", (self, a, off, n, kw) -> view(self, 0));
        b.def(d, "values", (self, a, off, n, kw) -> view(self, 1));
        b.def(d, "items", (self, a, off, n, kw) -> view(self, 2));
        b.def(d, "pop", (self, a, off, n, kw) -> {
            args.between("pop", n, 1, 2);
            int v = vm.dict.remove(self, a[off]);
            if (v != 0) return v;
            if (n == 2) return a[off + 1];
            return keyError(a[off]);
        });
        b.def(d, "popitem", (self, a, off, n, kw) -> {
            for (int i = vm.dict.used(self) - 1; i >= 0; i--) {
                int k = vm.dict.entryKey(self, i);
                if (k == 0) continue;
                int v = vm.dict.entryValue(self, i);
                vm.dict.remove(self, k);
                return vm.seq.tupleOf(k, v);
            }
            throw vm.raise("KeyError", "popitem(): dictionary is empty");
        });
        b.def(d, "setdefault", (self, a, off, n, kw) -> {
            args.between("setdefault", n, 1, 2);
            int v = vm.dict.get(self, a[off]);
            if (v != 0) return v;
            int dflt = n == 2 ? a[off + 1] : vm.none;
            vm.dict.put(self, a[off], dflt);
            return dflt;
        });
        b.def(d, "update", (self, a, off, n, kw) -> updateDict(self, a, off, n, kw));
        b.def(d, "copy", (self, a, off, n, kw) -> vm.dict.copy(self));
        b.def(d, "clear", (self, a, off, n, kw) -> {
            vm.dict.clear(self);
            return vm.none;
        });
    }

    // ------------------------------------------------------------------ list and dict subclasses

    /**
     * The special methods of list and dict, which instances of their subclasses find on the
     * class chain (plain lists and dicts never look them up: the VM handles them by type). The
     * receiver arrives unwrapped to its storage (see {@link Builtins#def}) except for the
     * methods defined with defRaw, which need the instance itself.
     */
    private void installStorageMethods(int d, boolean list) {
        String t = list ? "list" : "dict";
        b.def(d, "__init__", (self, a, off, n, kw) -> {
            int nk = args.keywordCount(kw);
            if (list) {
                if (nk > 0) throw vm.typeError("list() takes no keyword arguments");
                args.between("list", n, 0, 1);
                int mark = handles.mark();
                try {
                    int hs = handles.push(self);
                    vm.seq.clear(self);
                    if (n == 1) vm.interp.extendList(handles.get(hs), a[off]);
                } finally {
                    handles.release(mark);
                }
                return vm.none;
            }
            if (n - nk > 1) throw vm.typeError("dict expected at most 1 argument, got " + (n - nk));
            return updateDict(self, a, off, n, kw);
        });
        b.def(d, "__len__", (self, a, off, n, kw) -> {
            args.exactly(t + ".__len__", n, 0);
            return Tag.box(vm.ops.len(self));
        });
        b.def(d, "__iter__", (self, a, off, n, kw) -> {
            args.exactly(t + ".__iter__", n, 0);
            return vm.interp.iter(self);
        });
        b.def(d, "__contains__", (self, a, off, n, kw) -> {
            args.exactly(t + ".__contains__", n, 1);
            return vm.bool(vm.ops.contains(self, a[off]));
        });
        b.defRaw(d, "__getitem__", (self, a, off, n, kw) -> {
            args.exactly(t + ".__getitem__", n, 1);
            int store = vm.classes.storage(self);
            if (!list && store != self) {
                int mark = handles.mark();
                try {
                    int hs = handles.push(self), hk = handles.push(a[off]);
                    int v = vm.dict.get(store, a[off]);
                    if (v != 0) return v;
                    int missing = vm.ops.dunder(handles.get(hs), "__missing__");
                    if (missing != 0) return vm.interp.callMethod(missing, handles.get(hs), handles.get(hk));
                    return vm.interp.getItem(vm.classes.storage(handles.get(hs)), handles.get(hk));
                } finally {
                    handles.release(mark);
                }
            }
            return vm.interp.getItem(store, a[off]);
        });
        b.def(d, "__setitem__", (self, a, off, n, kw) -> {
            args.exactly(t + ".__setitem__", n, 2);
            vm.interp.setItem(self, a[off], a[off + 1]);
            return vm.none;
        });
        b.def(d, "__delitem__", (self, a, off, n, kw) -> {
            args.exactly(t + ".__delitem__", n, 1);
            vm.interp.deleteItem(self, a[off]);
            return vm.none;
        });
        b.def(d, "__repr__", (self, a, off, n, kw) -> {
            args.exactly(t + ".__repr__", n, 0);
            return vm.str.of(vm.ops.repr(self));
        });
        String[] cmp = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
        org.armjit.lang.bytecode.CompareOp[] ops = {org.armjit.lang.bytecode.CompareOp.EQ, org.armjit.lang.bytecode.CompareOp.NE,
            org.armjit.lang.bytecode.CompareOp.LT, org.armjit.lang.bytecode.CompareOp.LE,
            org.armjit.lang.bytecode.CompareOp.GT, org.armjit.lang.bytecode.CompareOp.GE};
        for (int i = 0; i < cmp.length; i++) {
            org.armjit.lang.bytecode.CompareOp op = ops[i];
            if (!list && i >= 2) break;
            b.def(d, cmp[i], (self, a, off, n, kw) -> {
                args.exactly(t + "." + cmp[0], n, 1);
                int other = vm.classes.storage(a[off]);
                if (Tag.isInt(other) || vm.typeOf(other) != vm.typeOf(self)) return vm.notImplemented();
                return vm.ops.compare(self, other, op);
            });
        }
        if (list) {
            b.def(d, "__add__", (self, a, off, n, kw) -> {
                args.exactly("list.__add__", n, 1);
                int other = vm.classes.storage(a[off]);
                if (Tag.isInt(other) || vm.typeOf(other) != TypeId.LIST) {
                    throw vm.typeError("can only concatenate list (not \"" + vm.typeName(a[off]) + "\") to list");
                }
                return vm.ops.binary(org.armjit.lang.bytecode.BinaryOp.ADD, false, self, other);
            });
            b.defRaw(d, "__iadd__", (self, a, off, n, kw) -> {
                args.exactly("list.__iadd__", n, 1);
                int mark = handles.mark();
                try {
                    int hs = handles.push(self);
                    vm.interp.extendList(vm.classes.storage(self), a[off]);
                    return handles.get(hs);
                } finally {
                    handles.release(mark);
                }
            });
            b.def(d, "__mul__", (self, a, off, n, kw) -> {
                args.exactly("list.__mul__", n, 1);
                return vm.ops.binary(org.armjit.lang.bytecode.BinaryOp.MUL, false, self, a[off]);
            });
        }
    }

    /** dict.update(src) into the dict held in handle {@code hd}: a dict or an iterable of pairs. */
    /** d.update(m, k=v, ...) and dict.__init__'s filling: one positional mapping or iterable of pairs, then the keywords; None. */
    private int updateDict(int self, int[] a, int off, int n, int kw) {
        int nk = args.keywordCount(kw);
        int mark = handles.mark();
        try {
            int hd = handles.push(self);
            if (n - nk == 1) dictUpdate(vm, hd, a[off]);
            for (int i = 0; i < nk; i++) vm.dict.put(handles.get(hd), vm.seq.tupleGet(kw, i), a[off + n - nk + i]);
            return vm.none;
        } finally {
            handles.release(mark);
        }
    }

    static void dictUpdate(Vm vm, int hd, int src) {
        src = vm.classes.storage(src);
        if (!Tag.isInt(src) && vm.typeOf(src) == TypeId.DICT) {
            for (int i = vm.dict.nextEntry(src, 0); i >= 0; i = vm.dict.nextEntry(src, i + 1)) {
                vm.dict.put(vm.heap.handles.get(hd), vm.dict.entryKey(src, i), vm.dict.entryValue(src, i));
            }
            return;
        }
        int[] items = vm.builtins.iterableToArray(src);
        for (int i = 0; i < items.length; i++) {
            int pair = items[i];
            int[] kv;
            if (!Tag.isInt(pair) && (vm.typeOf(pair) == TypeId.TUPLE || vm.typeOf(pair) == TypeId.LIST)) {
                kv = vm.typeOf(pair) == TypeId.TUPLE ? vm.seq.tupleToArray(pair) : vm.seq.toArray(pair);
            } else {
                throw vm.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (kv.length != 2) {
                throw vm.valueError("dictionary update sequence element #" + i + " has length " + kv.length + "; 2 is required");
            }
            vm.dict.put(vm.heap.handles.get(hd), kv[0], kv[1]);
        }
    }
}
