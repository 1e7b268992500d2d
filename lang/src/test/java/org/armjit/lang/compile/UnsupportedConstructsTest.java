package org.armjit.lang.compile;

import org.armjit.lang.PySyntaxError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Valid Python outside the subset: a SyntaxError naming the construct, where it starts. */
class UnsupportedConstructsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "def g():\\n    yield 1\\n        | yield                   | 2 | 5",
        "with open('f') as f:\\n    pass\\n | with                    | 1 | 1",
        "async def f():\\n    pass\\n      | async                   | 1 | 1",
        "@dec\\ndef f():\\n    pass\\n     | decorator               | 1 | 1",
        "def f(*args):\\n    pass\\n       | *args                   | 1 | 7",
        "def f(**kw):\\n    pass\\n        | **kwargs                | 1 | 7",
        "def f(a, *, b):\\n    pass\\n     | keyword-only parameters | 1 | 10",
        "def f(a, /):\\n    pass\\n        | positional-only parameters | 1 | 10",
        "f(*xs)                              | *args                   | 1 | 3",
        "f(**kw)                             | **kwargs                | 1 | 3",
        "a, *b = c                           | star-unpacking          | 1 | 4",
        "x = [*a]                            | star-unpacking          | 1 | 6",
        "x = {**a}                           | **                      | 1 | 6",
        "x = {1, 2}                          | set literal             | 1 | 5",
        "x = {i for i in y}                  | set comprehension       | 1 | 5",
        "x = (i for i in y)                  | generator expression    | 1 | 5",
        "f(i for i in y)                     | generator expression    | 1 | 3",
        "x = 3j                              | complex literal         | 1 | 5",
        "x = b'raw'                          | bytes literal           | 1 | 5",
        "x = ...                             | ...                     | 1 | 5",
        "x = a @ b                           | @                       | 1 | 7",
        "if (n := 10) > 5:\\n    pass\\n     | :=                      | 1 | 7",
        "match x:\\n    case 1:\\n        pass\\n | match               | 1 | 1",
        "raise E from e                      | raise ... from          | 1 | 9",
        "from . import x                     | relative import         | 1 | 6",
        "from math import *                  | import *                | 1 | 18",
        "class C(B, metaclass=M):\\n    pass\\n | class keyword arguments | 1 | 12",
        "try:\\n    pass\\nexcept* E:\\n    pass\\n | except*            | 3 | 7",
        "x = f'{y!a}'                        | !a                      | 1 | 5",
        "x = lambda *a: a                    | *args                   | 1 | 12",
        "async def f():\\n    await g()\\n  | async                   | 1 | 1",
    })
    void namesTheConstruct(String source, String construct, int line, int column) {
        String src = source.replace("\\n", "\n");
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Compiler.compileModule(src, "p.py"));
        assertEquals("SyntaxError: '" + construct + "' is not supported by armjit @" + line + ":" + column,
                e.type() + ": " + e.message() + " @" + e.line() + ":" + e.column());
    }
}
