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
        "async def f():\\n    pass\\n      | async                   | 1 | 1",
        "def f(a, /):\\n    pass\\n        | positional-only parameters | 1 | 10",
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
        "async def f():\\n    await g()\\n  | async                   | 1 | 1",
    })
    void namesTheConstruct(String source, String construct, int line, int column) {
        String src = source.replace("\\n", "\n");
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Compiler.compileModule(src, "p.py"));
        assertEquals("SyntaxError: '" + construct + "' is not supported by armjit @" + line + ":" + column,
                e.type() + ": " + e.message() + " @" + e.line() + ":" + e.column());
    }
}
