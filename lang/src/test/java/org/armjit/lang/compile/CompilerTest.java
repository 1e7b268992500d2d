package org.armjit.lang.compile;

import org.armjit.lang.bytecode.CodeObject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The compiler's output for representative snippets, as listings of every code object
 * (module first, then nested code depth-first) with stack size, locals, cells and free
 * variables. These pin the conventions the interpreter relies on: PUSH_NULL/LOAD_METHOD
 * calls with KW_NAMES, MAKE_FUNCTION with BUILD_TUPLE defaults and LOAD_CLOSURE cells,
 * comprehensions as nested functions over ".0", handler blocks with finally bodies
 * inlined on every exit, zero-argument super(), only JUMP_BACKWARD jumping back.
 */
class CompilerTest {
    static String listing(CodeObject c) {
        StringBuilder sb = new StringBuilder();
        dump(c, sb);
        return Arrays.stream(sb.toString().split("\n")).map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
    }

    private static void dump(CodeObject c, StringBuilder sb) {
        sb.append(c.disassemble());
        sb.append("  stack=").append(c.stackSize).append(" varnames=").append(String.join(",", c.varnames))
                .append(" cells=").append(String.join(",", c.cellvars)).append(" frees=").append(String.join(",", c.freevars))
                .append(" cell2arg=").append(Arrays.toString(c.cell2arg)).append('\n');
        for (CodeObject k : c.children()) dump(k, sb);
    }

    static void assertListing(String source, String expected) {
        assertEquals(expected, listing(Compiler.compileModule(source, "t.py")));
    }

    @Test
    void breakContinueThroughHandlers() {
        assertListing("""
                for i in range(3):
                    try:
                        if i:
                            break
                        continue
                    except ValueError as e:
                        break
                    finally:
                        print(i)
                """, """
                code <module> (t.py:1)
                   1     0 PUSH_NULL             
                         1 LOAD_GLOBAL           0 (range)
                         2 LOAD_CONST            0 (3)
                         3 CALL                  1
                         4 GET_ITER              
                         5 FOR_ITER              58 (to 58)
                         6 STORE_GLOBAL          1 (i)
                   2     7 SETUP_EXCEPT          51 (to 51)
                         8 SETUP_EXCEPT          28 (to 28)
                   3     9 LOAD_GLOBAL           1 (i)
                        10 POP_JUMP_IF_FALSE     20 (to 20)
                   4    11 POP_BLOCK             
                        12 POP_BLOCK             
                   9    13 PUSH_NULL             
                        14 LOAD_GLOBAL           2 (print)
                        15 LOAD_GLOBAL           1 (i)
                        16 CALL                  1
                        17 POP_TOP               
                   4    18 POP_TOP               
                        19 JUMP_FORWARD          58 (to 58)
                   5    20 POP_BLOCK             
                        21 POP_BLOCK             
                   9    22 PUSH_NULL             
                        23 LOAD_GLOBAL           2 (print)
                        24 LOAD_GLOBAL           1 (i)
                        25 CALL                  1
                        26 POP_TOP               
                   5    27 JUMP_BACKWARD         5 (to 5)
                   6    28 LOAD_GLOBAL           3 (ValueError)
                        29 CHECK_EXC_MATCH       
                        30 POP_JUMP_IF_FALSE     50 (to 50)
                        31 STORE_GLOBAL          4 (e)
                        32 SETUP_EXCEPT          46 (to 46)
                   7    33 POP_BLOCK             
                        34 POP_EXCEPT            
                        35 LOAD_CONST            1 (None)
                        36 STORE_GLOBAL          4 (e)
                        37 DELETE_GLOBAL         4 (e)
                        38 POP_BLOCK             
                   9    39 PUSH_NULL             
                        40 LOAD_GLOBAL           2 (print)
                        41 LOAD_GLOBAL           1 (i)
                        42 CALL                  1
                        43 POP_TOP               
                   7    44 POP_TOP               
                        45 JUMP_FORWARD          58 (to 58)
                   6    46 LOAD_CONST            1 (None)
                        47 STORE_GLOBAL          4 (e)
                        48 DELETE_GLOBAL         4 (e)
                        49 RERAISE               
                        50 RERAISE               
                   9    51 PUSH_NULL             
                        52 LOAD_GLOBAL           2 (print)
                        53 LOAD_GLOBAL           1 (i)
                        54 CALL                  1
                        55 POP_TOP               
                        56 RERAISE               
                   1    57 JUMP_BACKWARD         5 (to 5)
                        58 LOAD_CONST            1 (None)
                        59 RETURN_VALUE          
                  stack=5 varnames= cells= frees= cell2arg=[]
                """);
    }

    @Test
    void callWithKeyword() {
        assertListing("""
                x = 1
                print(x + 2, end="")
                """, """
                code <module> (t.py:1)
                   1     0 LOAD_CONST            0 (1)
                         1 STORE_GLOBAL          0 (x)
                   2     2 PUSH_NULL             
                         3 LOAD_GLOBAL           1 (print)
                         4 LOAD_GLOBAL           0 (x)
                         5 LOAD_CONST            1 (2)
                         6 BINARY_OP             0 (+)
                         7 LOAD_CONST            2 ('')
                         8 KW_NAMES              3 (('end',))
                         9 CALL                  2
                        10 POP_TOP               
                        11 LOAD_CONST            4 (None)
                        12 RETURN_VALUE          
                  stack=4 varnames= cells= frees= cell2arg=[]
                """);
    }

    @Test
    void chainedComparisonBoolOpsConditional() {
        assertListing("""
                def f(a, b, c):
                    return a < b <= c and (b or c) if a else not c
                """, """
                code <module> (t.py:1)
                   1     0 LOAD_CONST            0 (<code f>)
                         1 MAKE_FUNCTION         0
                         2 STORE_GLOBAL          0 (f)
                         3 LOAD_CONST            1 (None)
                         4 RETURN_VALUE          
                  stack=1 varnames= cells= frees= cell2arg=[]
                code f (t.py:1)
                   2     0 LOAD_FAST             0 (a)
                         1 POP_JUMP_IF_FALSE     18 (to 18)
                         2 LOAD_FAST             0 (a)
                         3 LOAD_FAST             1 (b)
                         4 DUP_TOP               
                         5 ROT_THREE             
                         6 COMPARE_OP            0 (<)
                         7 JUMP_IF_FALSE_OR_POP  11 (to 11)
                         8 LOAD_FAST             2 (c)
                         9 COMPARE_OP            1 (<=)
                        10 JUMP_FORWARD          13 (to 13)
                        11 ROT_TWO               
                        12 POP_TOP               
                        13 JUMP_IF_FALSE_OR_POP  17 (to 17)
                        14 LOAD_FAST             1 (b)
                        15 JUMP_IF_TRUE_OR_POP   17 (to 17)
                        16 LOAD_FAST             2 (c)
                        17 JUMP_FORWARD          20 (to 20)
                        18 LOAD_FAST             2 (c)
                        19 UNARY_NOT             
                        20 RETURN_VALUE          
                  stack=3 varnames=a,b,c cells= frees= cell2arg=[]
                """);
    }

    @Test
    void classWithZeroArgSuper() {
        assertListing("""
                class A:
                    def __init__(self, v):
                        self.v = v
                class B(A):
                    def __init__(self, v):
                        super().__init__(v)
                        self.w = [i for i in range(v)]
                """, """
                code <module> (t.py:1)
                   1     0 LOAD_CONST            0 (<code A>)
                         1 MAKE_FUNCTION         0
                         2 LOAD_CONST            1 ('A')
                         3 BUILD_CLASS           0
                         4 STORE_GLOBAL          0 (A)
                   4     5 LOAD_CONST            2 (<code B>)
                         6 MAKE_FUNCTION         0
                         7 LOAD_CONST            3 ('B')
                         8 LOAD_GLOBAL           0 (A)
                         9 BUILD_CLASS           1
                        10 STORE_GLOBAL          1 (B)
                        11 LOAD_CONST            4 (None)
                        12 RETURN_VALUE          
                  stack=3 varnames= cells= frees= cell2arg=[]
                code A (t.py:1)
                   2     0 LOAD_CONST            0 (<code A.__init__>)
                         1 MAKE_FUNCTION         0
                         2 STORE_NAME            0 (__init__)
                   1     3 LOAD_CONST            1 (None)
                         4 RETURN_VALUE          
                  stack=1 varnames= cells= frees= cell2arg=[]
                code A.__init__ (t.py:2)
                   3     0 LOAD_FAST             1 (v)
                         1 LOAD_FAST             0 (self)
                         2 STORE_ATTR            0 (v)
                         3 LOAD_CONST            0 (None)
                         4 RETURN_VALUE          
                  stack=2 varnames=self,v cells= frees= cell2arg=[]
                code B (t.py:4)
                   5     0 LOAD_CLOSURE          0 (__class__)
                         1 BUILD_TUPLE           1
                         2 LOAD_CONST            0 (<code B.__init__>)
                         3 MAKE_FUNCTION         8
                         4 STORE_NAME            0 (__init__)
                   4     5 LOAD_CLOSURE          0 (__class__)
                         6 RETURN_VALUE          
                  stack=2 varnames= cells=__class__ frees= cell2arg=[-1]
                code B.__init__ (t.py:5)
                   6     0 PUSH_NULL             
                         1 LOAD_GLOBAL           0 (super)
                         2 LOAD_DEREF            0 (__class__)
                         3 LOAD_FAST             0 (self)
                         4 CALL                  2
                         5 LOAD_METHOD           1 (__init__)
                         6 LOAD_FAST             1 (v)
                         7 CALL                  1
                         8 POP_TOP               
                   7     9 PUSH_NULL             
                        10 LOAD_CONST            0 (<code B.__init__.<locals>.<listcomp>>)
                        11 MAKE_FUNCTION         0
                        12 PUSH_NULL             
                        13 LOAD_GLOBAL           2 (range)
                        14 LOAD_FAST             1 (v)
                        15 CALL                  1
                        16 GET_ITER              
                        17 CALL                  1
                        18 LOAD_FAST             0 (self)
                        19 STORE_ATTR            3 (w)
                        20 LOAD_CONST            1 (None)
                        21 RETURN_VALUE          
                  stack=5 varnames=self,v cells= frees=__class__ cell2arg=[]
                code B.__init__.<locals>.<listcomp> (t.py:7)
                   7     0 BUILD_LIST            0
                         1 LOAD_FAST             0 (.0)
                         2 FOR_ITER              7 (to 7)
                         3 STORE_FAST            1 (i)
                         4 LOAD_FAST             1 (i)
                         5 LIST_APPEND           2
                         6 JUMP_BACKWARD         2 (to 2)
                         7 RETURN_VALUE          
                  stack=3 varnames=.0,i cells= frees= cell2arg=[]
                """);
    }

    @Test
    void closureWithNonlocal() {
        assertListing("""
                def count():
                    n = 0
                    def inc(k):
                        nonlocal n
                        n += k
                        return n
                    return inc
                """, """
                code <module> (t.py:1)
                   1     0 LOAD_CONST            0 (<code count>)
                         1 MAKE_FUNCTION         0
                         2 STORE_GLOBAL          0 (count)
                         3 LOAD_CONST            1 (None)
                         4 RETURN_VALUE          
                  stack=1 varnames= cells= frees= cell2arg=[]
                code count (t.py:1)
                   2     0 LOAD_CONST            0 (0)
                         1 STORE_DEREF           0 (n)
                   3     2 LOAD_CLOSURE          0 (n)
                         3 BUILD_TUPLE           1
                         4 LOAD_CONST            1 (<code count.<locals>.inc>)
                         5 MAKE_FUNCTION         8
                         6 STORE_FAST            0 (inc)
                   7     7 LOAD_FAST             0 (inc)
                         8 RETURN_VALUE          
                  stack=2 varnames=inc cells=n frees= cell2arg=[-1]
                code count.<locals>.inc (t.py:3)
                   5     0 LOAD_DEREF            0 (n)
                         1 LOAD_FAST             0 (k)
                         2 BINARY_OP             16 (+=)
                         3 STORE_DEREF           0 (n)
                   6     4 LOAD_DEREF            0 (n)
                         5 RETURN_VALUE          
                  stack=2 varnames=k cells= frees=n cell2arg=[]
                """);
    }

    @Test
    void functionWithDefaults() {
        assertListing("""
                def f(a, b=2):
                    return a * b
                f(1, b=3)
                """, """
                code <module> (t.py:1)
                   1     0 LOAD_CONST            0 (2)
                         1 BUILD_TUPLE           1
                         2 LOAD_CONST            1 (<code f>)
                         3 MAKE_FUNCTION         1
                         4 STORE_GLOBAL          0 (f)
                   3     5 PUSH_NULL             
                         6 LOAD_GLOBAL           0 (f)
                         7 LOAD_CONST            2 (1)
                         8 LOAD_CONST            3 (3)
                         9 KW_NAMES              4 (('b',))
                        10 CALL                  2
                        11 POP_TOP               
                        12 LOAD_CONST            5 (None)
                        13 RETURN_VALUE          
                  stack=4 varnames= cells= frees= cell2arg=[]
                code f (t.py:1)
                   2     0 LOAD_FAST             0 (a)
                         1 LOAD_FAST             1 (b)
                         2 BINARY_OP             2 (*)
                         3 RETURN_VALUE          
                  stack=2 varnames=a,b cells= frees= cell2arg=[]
                """);
    }

    @Test
    void globalAndLambdaDefault() {
        assertListing("""
                total = 0
                def add(v):
                    global total
                    total += v
                    return lambda y=v: y + total
                """, """
                code <module> (t.py:1)
                   1     0 LOAD_CONST            0 (0)
                         1 STORE_GLOBAL          0 (total)
                   2     2 LOAD_CONST            1 (<code add>)
                         3 MAKE_FUNCTION         0
                         4 STORE_GLOBAL          1 (add)
                         5 LOAD_CONST            2 (None)
                         6 RETURN_VALUE          
                  stack=1 varnames= cells= frees= cell2arg=[]
                code add (t.py:2)
                   4     0 LOAD_GLOBAL           0 (total)
                         1 LOAD_FAST             0 (v)
                         2 BINARY_OP             16 (+=)
                         3 STORE_GLOBAL          0 (total)
                   5     4 LOAD_FAST             0 (v)
                         5 BUILD_TUPLE           1
                         6 LOAD_CONST            0 (<code add.<locals>.<lambda>>)
                         7 MAKE_FUNCTION         1
                         8 RETURN_VALUE          
                  stack=2 varnames=v cells= frees= cell2arg=[]
                code add.<locals>.<lambda> (t.py:5)
                   5     0 LOAD_FAST             0 (y)
                         1 LOAD_GLOBAL           0 (total)
                         2 BINARY_OP             0 (+)
                         3 RETURN_VALUE          
                  stack=2 varnames=y cells= frees= cell2arg=[]
                """);
    }

    @Test
    void importsAndAssert() {
        assertListing("""
                import math
                import sys as s
                from math import sqrt, pi as P
                assert sqrt(4) == 2, "bad"
                assert P
                """, """
                code <module> (t.py:1)
                   1     0 IMPORT_NAME           0 (math)
                         1 STORE_GLOBAL          0 (math)
                   2     2 IMPORT_NAME           1 (sys)
                         3 STORE_GLOBAL          2 (s)
                   3     4 IMPORT_NAME           0 (math)
                         5 IMPORT_FROM           3 (sqrt)
                         6 STORE_GLOBAL          3 (sqrt)
                         7 IMPORT_FROM           4 (pi)
                         8 STORE_GLOBAL          5 (P)
                         9 POP_TOP               
                   4    10 PUSH_NULL             
                        11 LOAD_GLOBAL           3 (sqrt)
                        12 LOAD_CONST            0 (4)
                        13 CALL                  1
                        14 LOAD_CONST            1 (2)
                        15 COMPARE_OP            2 (==)
                        16 POP_JUMP_IF_TRUE      21 (to 21)
                        17 LOAD_ASSERTION_ERROR  
                        18 LOAD_CONST            2 ('bad')
                        19 CALL                  0
                        20 RAISE_VARARGS         1
                   5    21 LOAD_GLOBAL           5 (P)
                        22 POP_JUMP_IF_TRUE      25 (to 25)
                        23 LOAD_ASSERTION_ERROR  
                        24 RAISE_VARARGS         1
                        25 LOAD_CONST            3 (None)
                        26 RETURN_VALUE          
                  stack=3 varnames= cells= frees= cell2arg=[]
                """);
    }

    @Test
    void loopsWithBreakContinueElse() {
        assertListing("""
                def f(n):
                    for i in range(n):
                        if i == 2:
                            continue
                        if i == 5:
                            break
                    else:
                        return -1
                    while n > 0:
                        n -= 1
                    return i
                """, """
                code <module> (t.py:1)
                   1     0 LOAD_CONST            0 (<code f>)
                         1 MAKE_FUNCTION         0
                         2 STORE_GLOBAL          0 (f)
                         3 LOAD_CONST            1 (None)
                         4 RETURN_VALUE          
                  stack=1 varnames= cells= frees= cell2arg=[]
                code f (t.py:1)
                   2     0 PUSH_NULL             
                         1 LOAD_GLOBAL           0 (range)
                         2 LOAD_FAST             0 (n)
                         3 CALL                  1
                         4 GET_ITER              
                         5 FOR_ITER              19 (to 19)
                         6 STORE_FAST            1 (i)
                   3     7 LOAD_FAST             1 (i)
                         8 LOAD_CONST            0 (2)
                         9 COMPARE_OP            2 (==)
                        10 POP_JUMP_IF_FALSE     12 (to 12)
                   4    11 JUMP_BACKWARD         5 (to 5)
                   5    12 LOAD_FAST             1 (i)
                        13 LOAD_CONST            1 (5)
                        14 COMPARE_OP            2 (==)
                        15 POP_JUMP_IF_FALSE     18 (to 18)
                   6    16 POP_TOP               
                        17 JUMP_FORWARD          21 (to 21)
                   2    18 JUMP_BACKWARD         5 (to 5)
                   8    19 LOAD_CONST            2 (-1)
                        20 RETURN_VALUE          
                   9    21 LOAD_FAST             0 (n)
                        22 LOAD_CONST            3 (0)
                        23 COMPARE_OP            4 (>)
                        24 POP_JUMP_IF_FALSE     30 (to 30)
                  10    25 LOAD_FAST             0 (n)
                        26 LOAD_CONST            4 (1)
                        27 BINARY_OP             17 (-=)
                        28 STORE_FAST            0 (n)
                   9    29 JUMP_BACKWARD         21 (to 21)
                  11    30 LOAD_FAST             1 (i)
                        31 RETURN_VALUE          
                  stack=3 varnames=n,i cells= frees= cell2arg=[]
                """);
    }

    @Test
    void nestedComprehensions() {
        assertListing("""
                def m(rows):
                    return [[c * 2 for c in r if c] for r in rows]
                """, """
                code <module> (t.py:1)
                   1     0 LOAD_CONST            0 (<code m>)
                         1 MAKE_FUNCTION         0
                         2 STORE_GLOBAL          0 (m)
                         3 LOAD_CONST            1 (None)
                         4 RETURN_VALUE          
                  stack=1 varnames= cells= frees= cell2arg=[]
                code m (t.py:1)
                   2     0 PUSH_NULL             
                         1 LOAD_CONST            0 (<code m.<locals>.<listcomp>>)
                         2 MAKE_FUNCTION         0
                         3 LOAD_FAST             0 (rows)
                         4 GET_ITER              
                         5 CALL                  1
                         6 RETURN_VALUE          
                  stack=3 varnames=rows cells= frees= cell2arg=[]
                code m.<locals>.<listcomp> (t.py:2)
                   2     0 BUILD_LIST            0
                         1 LOAD_FAST             0 (.0)
                         2 FOR_ITER              12 (to 12)
                         3 STORE_FAST            1 (r)
                         4 PUSH_NULL             
                         5 LOAD_CONST            0 (<code m.<locals>.<listcomp>.<locals>.<listcomp>>)
                         6 MAKE_FUNCTION         0
                         7 LOAD_FAST             1 (r)
                         8 GET_ITER              
                         9 CALL                  1
                        10 LIST_APPEND           2
                        11 JUMP_BACKWARD         2 (to 2)
                        12 RETURN_VALUE          
                  stack=5 varnames=.0,r cells= frees= cell2arg=[]
                code m.<locals>.<listcomp>.<locals>.<listcomp> (t.py:2)
                   2     0 BUILD_LIST            0
                         1 LOAD_FAST             0 (.0)
                         2 FOR_ITER              11 (to 11)
                         3 STORE_FAST            1 (c)
                         4 LOAD_FAST             1 (c)
                         5 POP_JUMP_IF_FALSE     10 (to 10)
                         6 LOAD_FAST             1 (c)
                         7 LOAD_CONST            0 (2)
                         8 BINARY_OP             2 (*)
                         9 LIST_APPEND           2
                        10 JUMP_BACKWARD         2 (to 2)
                        11 RETURN_VALUE          
                  stack=4 varnames=.0,c cells= frees= cell2arg=[]
                """);
    }

    @Test
    void returnThroughFinally() {
        assertListing("""
                def f(x):
                    try:
                        return g(x)
                    finally:
                        x = None
                """, """
                code <module> (t.py:1)
                   1     0 LOAD_CONST            0 (<code f>)
                         1 MAKE_FUNCTION         0
                         2 STORE_GLOBAL          0 (f)
                         3 LOAD_CONST            1 (None)
                         4 RETURN_VALUE          
                  stack=1 varnames= cells= frees= cell2arg=[]
                code f (t.py:1)
                   2     0 SETUP_EXCEPT          9 (to 9)
                   3     1 PUSH_NULL             
                         2 LOAD_GLOBAL           0 (g)
                         3 LOAD_FAST             0 (x)
                         4 CALL                  1
                         5 POP_BLOCK             
                   5     6 LOAD_CONST            0 (None)
                         7 STORE_FAST            0 (x)
                   3     8 RETURN_VALUE          
                   5     9 LOAD_CONST            0 (None)
                        10 STORE_FAST            0 (x)
                        11 RERAISE               
                  stack=3 varnames=x cells= frees= cell2arg=[]
                """);
    }

    @Test
    void targetsSlicesDelAugmentedFString() {
        assertListing("""
                a[1:2] = b
                del a[::2], a.x, y
                x, (y, z) = p = q
                m[k] **= 2
                print(f"{v:{w}.{p}f}|{s!r:>5}|{t=}")
                """, """
                code <module> (t.py:1)
                   1     0 LOAD_GLOBAL           0 (b)
                         1 LOAD_GLOBAL           1 (a)
                         2 LOAD_CONST            0 (1)
                         3 LOAD_CONST            1 (2)
                         4 BUILD_SLICE           2
                         5 STORE_SUBSCR          
                   2     6 LOAD_GLOBAL           1 (a)
                         7 LOAD_CONST            2 (None)
                         8 LOAD_CONST            2 (None)
                         9 LOAD_CONST            1 (2)
                        10 BUILD_SLICE           3
                        11 DELETE_SUBSCR         
                        12 LOAD_GLOBAL           1 (a)
                        13 DELETE_ATTR           2 (x)
                        14 DELETE_GLOBAL         3 (y)
                   3    15 LOAD_GLOBAL           4 (q)
                        16 DUP_TOP               
                        17 UNPACK_SEQUENCE       2
                        18 STORE_GLOBAL          2 (x)
                        19 UNPACK_SEQUENCE       2
                        20 STORE_GLOBAL          3 (y)
                        21 STORE_GLOBAL          5 (z)
                        22 STORE_GLOBAL          6 (p)
                   4    23 LOAD_GLOBAL           7 (m)
                        24 LOAD_GLOBAL           8 (k)
                        25 DUP_TOP_TWO           
                        26 BINARY_SUBSCR         
                        27 LOAD_CONST            1 (2)
                        28 BINARY_OP             22 (**=)
                        29 ROT_THREE             
                        30 STORE_SUBSCR          
                   5    31 PUSH_NULL             
                        32 LOAD_GLOBAL           9 (print)
                        33 LOAD_GLOBAL           10 (v)
                        34 LOAD_GLOBAL           11 (w)
                        35 FORMAT_VALUE          0
                        36 LOAD_CONST            3 ('.')
                        37 LOAD_GLOBAL           6 (p)
                        38 FORMAT_VALUE          0
                        39 LOAD_CONST            4 ('f')
                        40 BUILD_STRING          4
                        41 FORMAT_VALUE          4
                        42 LOAD_CONST            5 ('|')
                        43 LOAD_GLOBAL           12 (s)
                        44 LOAD_CONST            6 ('>5')
                        45 FORMAT_VALUE          6
                        46 LOAD_CONST            7 ('|t=')
                        47 LOAD_GLOBAL           13 (t)
                        48 FORMAT_VALUE          2
                        49 BUILD_STRING          5
                        50 CALL                  1
                        51 POP_TOP               
                        52 LOAD_CONST            2 (None)
                        53 RETURN_VALUE          
                  stack=7 varnames= cells= frees= cell2arg=[]
                """);
    }

    @Test
    void tryExceptElseFinally() {
        assertListing("""
                try:
                    x = f()
                except KeyError:
                    x = 1
                except (ValueError, TypeError) as e:
                    x = 2
                else:
                    x = 3
                finally:
                    g()
                """, """
                code <module> (t.py:1)
                   1     0 SETUP_EXCEPT          44 (to 44)
                         1 SETUP_EXCEPT          10 (to 10)
                   2     2 PUSH_NULL             
                         3 LOAD_GLOBAL           0 (f)
                         4 CALL                  0
                         5 STORE_GLOBAL          1 (x)
                   1     6 POP_BLOCK             
                   8     7 LOAD_CONST            0 (3)
                         8 STORE_GLOBAL          1 (x)
                   1     9 JUMP_FORWARD          38 (to 38)
                   3    10 LOAD_GLOBAL           2 (KeyError)
                        11 CHECK_EXC_MATCH       
                        12 POP_JUMP_IF_FALSE     18 (to 18)
                        13 POP_TOP               
                   4    14 LOAD_CONST            1 (1)
                        15 STORE_GLOBAL          1 (x)
                   3    16 POP_EXCEPT            
                        17 JUMP_FORWARD          38 (to 38)
                   5    18 LOAD_GLOBAL           3 (ValueError)
                        19 LOAD_GLOBAL           4 (TypeError)
                        20 BUILD_TUPLE           2
                        21 CHECK_EXC_MATCH       
                        22 POP_JUMP_IF_FALSE     37 (to 37)
                        23 STORE_GLOBAL          5 (e)
                        24 SETUP_EXCEPT          33 (to 33)
                   6    25 LOAD_CONST            2 (2)
                        26 STORE_GLOBAL          1 (x)
                   5    27 POP_BLOCK             
                        28 POP_EXCEPT            
                        29 LOAD_CONST            3 (None)
                        30 STORE_GLOBAL          5 (e)
                        31 DELETE_GLOBAL         5 (e)
                        32 JUMP_FORWARD          38 (to 38)
                        33 LOAD_CONST            3 (None)
                        34 STORE_GLOBAL          5 (e)
                        35 DELETE_GLOBAL         5 (e)
                        36 RERAISE               
                        37 RERAISE               
                   1    38 POP_BLOCK             
                  10    39 PUSH_NULL             
                        40 LOAD_GLOBAL           6 (g)
                        41 CALL                  0
                        42 POP_TOP               
                   1    43 JUMP_FORWARD          49 (to 49)
                  10    44 PUSH_NULL             
                        45 LOAD_GLOBAL           6 (g)
                        46 CALL                  0
                        47 POP_TOP               
                        48 RERAISE               
                   1    49 LOAD_CONST            3 (None)
                        50 RETURN_VALUE          
                  stack=3 varnames= cells= frees= cell2arg=[]
                """);
    }

}
