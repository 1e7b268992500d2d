/**
 * Number text and formatting with CPython 3.11's exact output and error texts, on plain Java
 * values (long, BigInteger, double, String); the interpreter converts guest objects.
 *
 * <ul>
 *   <li>{@link org.armjit.lang.format.FloatFormat#repr} - repr/str of floats (shortest round trip)</li>
 *   <li>{@link org.armjit.lang.format.SpecFormat} - format(v, spec) and f-string specs for int, bool, float, str</li>
 *   <li>{@link org.armjit.lang.format.PercentFormat} - fmt % args, over {@link org.armjit.lang.format.FormatArgs}</li>
 *   <li>{@link org.armjit.lang.format.StrFormat} - str.format</li>
 *   <li>{@link org.armjit.lang.format.IntText}, {@link org.armjit.lang.format.FloatText} - str/bin/oct/hex, int(s, base), float(s), float(int)</li>
 *   <li>{@link org.armjit.lang.format.FloatMath}, {@link org.armjit.lang.format.IntMath} - Python float/int arithmetic, round, math module</li>
 *   <li>{@link org.armjit.lang.format.StrRepr} - repr of str</li>
 * </ul>
 * Errors are {@link org.armjit.lang.format.FormatException}s carrying the Python exception
 * type and message. Golden data: tools/record_format_golden.py.
 */
package org.armjit.lang.format;
