package org.armjit.lang.compile;

import org.armjit.lang.PySyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every syntax error armjit reports for a program CPython also rejects says what CPython
 * 3.11 says, at the same place. Each row was recorded from python3.11's
 * {@code compile(src, 'p.py', 'exec')}: (type, msg, lineno, offset, end_lineno, end_offset).
 */
class SyntaxErrorsTest {
    static Stream<Object[]> cpythonErrors() {
        return Arrays.stream(new Object[][] {
            {"if x\n  y\n", "SyntaxError", "expected ':'", 1, 5, 1, 5},
            {"while x\n  y\n", "SyntaxError", "expected ':'", 1, 8, 1, 8},
            {"def f()\n  y\n", "SyntaxError", "expected ':'", 1, 8, 1, 8},
            {"for x in y\n  z\n", "SyntaxError", "expected ':'", 1, 11, 1, 11},
            {"class C\n  y\n", "SyntaxError", "expected ':'", 1, 8, 1, 8},
            {"else:\n  y\n", "SyntaxError", "invalid syntax", 1, 1, 1, 5},
            {"try:\n  x\ny\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2},
            {"try\n  x\n", "SyntaxError", "expected ':'", 1, 4, 1, 4},
            {"if x:\ny = 1\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 2},
            {"if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, 1, -1},
            {"def f():\n  \"\"\"doc\"\"\"\n  if x:\n  y\n", "IndentationError", "expected an indented block after 'if' statement on line 3", 4, 3, 4, 4},
            {"for x in y:\n# c\n\nz\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 4, 1, 4, 2},
            {"try:\n  x\nexcept:\ny\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 2},
            {"if x = 1:\n  y\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9},
            {"f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
            {"a + 1 = 2\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
            {"(1, 2) = x\n", "SyntaxError", "cannot assign to literal", 1, 2, 1, 3},
            {"for 1 in x:\n  y\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
            {"del 1\n", "SyntaxError", "cannot delete literal", 1, 5, 1, 6},
            {"del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 1, 8},
            {"x + 1 += 1\n", "SyntaxError", "'expression' is an illegal expression for augmented assignment", 1, 1, 1, 6},
            {"True = 1\n", "SyntaxError", "cannot assign to True", 1, 1, 1, 5},
            {"f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10},
            {"f(a=1, a=2)\n", "SyntaxError", "keyword argument repeated: a", 1, 8, 1, 11},
            {"def f(a=1, b):\n  pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13},
            {"try:\n  x\nexcept:\n  y\nexcept E:\n  z\n", "SyntaxError", "default 'except:' must be last", 3, 1, 4, 4},
            {"try:\n  x\nexcept A, B:\n  z\n", "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3, 12},
            {"f(a.b=1)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7},
            {"[x, y for x in z]\n", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2, 1, 6},
            {"from x import a,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17},
            {"import a from b\n", "SyntaxError", "invalid syntax", 1, 10, 1, 14},
            {"def f:\n  pass\n", "SyntaxError", "expected '('", 1, 6, 1, 7},
            {"x = 1 +\n", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
            {"x = (1 +)\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
            {"print x\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8},
            {"a, b += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5},
            {"x = 1\n  y = 2\n", "IndentationError", "unexpected indent", 2, 2, 2, -1},
            {"class A:\npass\n", "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 2, 5},
            {"x = [1, 2\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
            {"if x:\n  pass\n else:\n  pass\n", "IndentationError", "unindent does not match any outer indentation level", 3, 7, 3, -1},
            {"x ==\n", "SyntaxError", "invalid syntax", 1, 5, 1, 5},
            {"x = 1 if 2\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
            {"x = a.1\n", "SyntaxError", "invalid syntax", 1, 6, 1, 8},
            {"x = a b\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
            {"f(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6},
            {"import\n", "SyntaxError", "invalid syntax", 1, 7, 1, 7},
            {"x = not\n", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
            {"d = {1: 2, 3}\n", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0},
            {"d = {1: }\n", "SyntaxError", "expression expected after dictionary key and ':'", 1, 7, 1, 8},
            {"x = [1, 2,, 3]\n", "SyntaxError", "invalid syntax", 1, 11, 1, 12},
            {"def f(x, y\n  pass\n", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
            {"def f() -> : pass\n", "SyntaxError", "expected ':'", 1, 9, 1, 11},
            {"x = 1 = 2\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
            {"\"a\" = 1\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
            {"f\"a{x}\" = 1\n", "SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 8},
            {"x.y, z() = 1, 2\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 6, 1, 9},
            {"None = 1\n", "SyntaxError", "cannot assign to None", 1, 1, 1, 5},
            {"if x y:\n  pass\n", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
            {"for x in y z:\n  pass\n", "SyntaxError", "invalid syntax", 1, 12, 1, 13},
            {"def f() x:\n  pass\n", "SyntaxError", "expected ':'", 1, 9, 1, 10},
            {"class C x:\n  pass\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
            {"while x y:\n  pass\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
            {"if x:\n  pass\nelse x:\n  pass\n", "SyntaxError", "expected ':'", 3, 6, 3, 7},
            {"try x:\n  pass\n", "SyntaxError", "expected ':'", 1, 5, 1, 6},
            {"if x:\n  pass\nelif y z:\n  pass\n", "SyntaxError", "invalid syntax", 3, 8, 3, 9},
            {"for x y:\n  pass\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
            {"1, x = 2\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9},
            {"f() = x = 1\n", "SyntaxError", "cannot assign to function call", 1, 1, 1, 4},
            {"print \"x\"\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10},
            {"def f(x y):\n  pass\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
            {"if x:\n  pass\nelse:\npass\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 4, 5},
            {"try:\n  pass\nfinally:\npass\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 5},
            {"try:\n  pass\nexcept E as e:\npass\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 5},
            {"def f():\npass\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 5},
            {"def f(x):\n  return\n  x\n y\n", "IndentationError", "unindent does not match any outer indentation level", 4, 3, 4, -1},
            {"x = (1 2)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
            {"x = {1: 2 3: 4}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
            {"x = a[1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 10},
            {"print \"x\", y\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 13},
            {"x = [a \"x\"]\n", "SyntaxError", "invalid syntax", 1, 8, 1, 11},
            {"x = 1 +* 2\n", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
            {"f(x=)\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
            {"x = 3\nif x == 3\n  print(x)\n", "SyntaxError", "expected ':'", 2, 10, 2, 10},
            {"x=1\nwhile True print(x)\n", "SyntaxError", "invalid syntax", 2, 12, 2, 17},
            {"import math as\n", "SyntaxError", "invalid syntax", 1, 15, 1, 15},
            {"from math import (a, b\n", "SyntaxError", "'(' was never closed", 1, 18, 1, 0},
            {"def f(\n  a,\n  b:\n  pass\n", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
            {"class C(B:\n  pass\n", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
            {"x = \"abc\" \"def\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 11, 1, 11},
            {"x = 1 if y else\n", "SyntaxError", "invalid syntax", 1, 16, 1, 16},
            {" a = 1\n", "IndentationError", "unexpected indent", 1, 1, 1, -1},
            {"if x:\n    bcd = 5\n  ef = 1\n", "IndentationError", "unindent does not match any outer indentation level", 3, 9, 3, -1},
            {"x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
            {"x = 0123\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6},
            {"x = 1_\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
            {"x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6},
            {"x = 0b12\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 8, 1, 8},
            {"x = 0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 7, 1, 7},
            {"x = 1e\n", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
            {"x = 1.5x\n", "SyntaxError", "invalid decimal literal", 1, 7, 1, 7},
            {"x = 1 if y else2\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
            {"x = 1__0\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
            {"x = \"abc\\\ndef\n", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5, 1, 5},
            {"x = \"\"\"abc\n\ny\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 1, 5},
            {"x = (1]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 1, 7},
            {"x = 1)\n", "SyntaxError", "unmatched ')'", 1, 6, 1, 6},
            {"x = a \\ b\n", "SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0},
            {"x = $\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
            {"if x:\n\ty=1\n        z=2\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
            {"x = 0_7\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 7},
            {"x = (1,\ny = 2 +\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
            {"f(a, b\nx = 1\n", "SyntaxError", "'(' was never closed", 1, 2, 1, 0},
            {"x = f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 10, 1, 10},
            {"x = f'{a!x}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13, 1, 13},
            {"x = f'{a'\n", "SyntaxError", "f-string: expecting '}'", 1, 10, 1, 10},
            {"x = f'}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 9, 1, 9},
            {"x = f'{a b}'\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
            {"x = f'{a:{b:{c}}}'\n", "SyntaxError", "f-string: expressions nested too deeply", 1, 19, 1, 19},
            {"x = f'{\\n}'\n", "SyntaxError", "f-string expression part cannot include a backslash", 1, 12, 1, 12},
            {"x = f'{#}'\n", "SyntaxError", "f-string expression part cannot include '#'", 1, 11, 1, 11},
            {"x = f'{a)}'\n", "SyntaxError", "f-string: unmatched ')'", 1, 12, 1, 12},
            {"if x:\n  y = f'{a b}'\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 2, 2, 2, 5},
            {"x = 1 + \\", "SyntaxError", "unexpected EOF while parsing", 1, 10, 1, -1},
            {"foo(a b\n", "SyntaxError", "'(' was never closed", 1, 4, 1, 0},
            {"x = [1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
            {"if x\ny = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 2, 5},
            {"return 1\n", "SyntaxError", "'return' outside function", 1, 1, 1, 9},
            {"break\n", "SyntaxError", "'break' outside loop", 1, 1, 1, 6},
            {"continue\n", "SyntaxError", "'continue' not properly in loop", 1, 1, 1, 9},
            {"def f():\n  break\n", "SyntaxError", "'break' outside loop", 2, 3, 2, 8},
            {"while x:\n  def g():\n    continue\n", "SyntaxError", "'continue' not properly in loop", 3, 5, 3, 13},
            {"def f(a, a):\n  pass\n", "SyntaxError", "duplicate argument 'a' in function definition", 1, 10, 1, 11},
            {"def f(x):\n  global x\n", "SyntaxError", "name 'x' is parameter and global", 2, 3, 2, 11},
            {"def f():\n  x = 1\n  global x\n", "SyntaxError", "name 'x' is assigned to before global declaration", 3, 3, 3, 11},
            {"def f():\n  print(x)\n  global x\n", "SyntaxError", "name 'x' is used prior to global declaration", 3, 3, 3, 11},
            {"nonlocal x\n", "SyntaxError", "nonlocal declaration not allowed at module level", 1, 1, 1, 11},
            {"def f():\n  nonlocal x\n", "SyntaxError", "no binding for nonlocal 'x' found", 2, 3, 2, 13},
            {"def f():\n  x = 1\n  def g():\n    nonlocal y\n", "SyntaxError", "no binding for nonlocal 'y' found", 4, 5, 4, 15},
            {"class C:\n  return 1\n", "SyntaxError", "'return' outside function", 2, 3, 2, 11},
            {"x = 5 \u20ac 3\n", "SyntaxError", "invalid character '\u20ac' (U+20AC)", 1, 7, 1, 7},
            {"x = \"\\x4\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10},
            {"for x in range(3):\n  pass\nelse:\n  continue\n", "SyntaxError", "'continue' not properly in loop", 4, 3, 4, 11},
            {"try:\n  pass\nexcept ValueError:\n  break\n", "SyntaxError", "'break' outside loop", 4, 3, 4, 8},
            {"x = [1, 2, 3\nprint(x)\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
            {"def f(:\n  pass\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
            {"x = {'a': 1 'b': 2}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 11, 1, 16},
            {"print(\"a\" \"b\" c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 16},
            {"if x:\n\tpass\n  \tpass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
            {"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
            {"s = \"\"\"abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5},
            {"x = 0b\n", "SyntaxError", "invalid binary literal", 1, 6, 1, 6},
            {"x = 0o\n", "SyntaxError", "invalid octal literal", 1, 6, 1, 6},
            {"x = 1.e\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
            {"x = .5e+\n", "SyntaxError", "invalid decimal literal", 1, 8, 1, 8},
            {"class C(object) pass\n", "SyntaxError", "invalid syntax", 1, 17, 1, 21},
            {"def f(a, b=1, c):\n  pass\n", "SyntaxError", "non-default argument follows default argument", 1, 15, 1, 16},
            {"lambda x, x: 1\n", "SyntaxError", "duplicate argument 'x' in function definition", 1, 11, 1, 12},
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cpythonErrors")
    void sameErrorAsCPython(String source, String type, String message, int line, int col, int endLine, int endCol) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Compiler.compileModule(source, "p.py"));
        assertEquals(type + ": " + message + " @" + line + ":" + col + "-" + endLine + ":" + endCol,
                e.type() + ": " + e.message() + " @" + e.line() + ":" + e.column() + "-" + e.endLine() + ":" + e.endColumn());
        assertEquals("p.py", e.filename());
    }

    /** What {@code python3 p.py} writes to stderr, recorded (file name made relative). */
    static Stream<Object[]> cpythonPrinted() {
        return Arrays.stream(new Object[][] {
            {"x = [1 2]\n",
                "  File \"p.py\", line 1\n    x = [1 2]\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
            {"if x:\n\ty = [1 2]\n",
                "  File \"p.py\", line 2\n    y = [1 2]\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
            {"    x=1\n", "  File \"p.py\", line 1\n    x=1\nIndentationError: unexpected indent\n"},
            {"if x:\n  a\n b\n",
                "  File \"p.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n"},
            {"x = 1 + \\",
                "  File \"p.py\", line 1\n    x = 1 + \\\n             ^\nSyntaxError: unexpected EOF while parsing\n"},
            {"if x:\n  y = (1 + \u00e9 2)\n",
                "  File \"p.py\", line 2\n    y = (1 + \u00e9 2)\n         ^^^^^^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
            {"x = (1,\n", "  File \"p.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"},
            {"if x:\n  y = f\"{a b}\"\n",
                "  File \"p.py\", line 2\n    (a b)\n     ^^^\nSyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?\n"},
            {"def f():\n    return 1\nreturn 2\n",
                "  File \"p.py\", line 3\n    return 2\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"},
            {"x = = 1\n", "  File \"p.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"},
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cpythonPrinted")
    void formatsLikeCPython(String source, String printed) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Compiler.compileModule(source, "p.py"));
        assertEquals(printed, e.format());
    }

    @Test
    void windowsLineEndingsAndBomAreAccepted() {
        Compiler.compileModule("\uFEFFx = 1\r\nif x:\r\n    y = 2\r\n", "p.py");
    }
}
