package org.armjit.lang.lexer;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Token streams as CPython's tokenizer produces them (NL and COMMENT tokens aside). */
class LexerTest {
    /** Tokens as "KIND text" (text only for NAME/NUMBER/STRING/OP), space separated. */
    static String tokens(String src) {
        Lexer lx = Lexer.run(new SourceText(src, "t.py"));
        assertNull(lx.error(), () -> lx.error().format());
        return lx.tokens().stream().map(t -> switch (t.kind()) {
            case NAME, NUMBER, STRING, OP -> t.text();
            default -> t.kind().name();
        }).collect(Collectors.joining(" "));
    }

    static Object value(String literal) {
        Lexer lx = Lexer.run(new SourceText(literal + "\n", "t.py"));
        assertNull(lx.error());
        return lx.tokens().get(0).value();
    }

    @Test
    void indentationBlocks() {
        assertEquals("if x : NEWLINE INDENT y = 1 NEWLINE if y : NEWLINE INDENT z NEWLINE DEDENT DEDENT w NEWLINE ENDMARKER",
                tokens("if x:\n    y = 1\n    if y:\n        z\nw\n"));
    }

    @Test
    void blankAndCommentLinesDoNotIndent() {
        assertEquals("if x : NEWLINE INDENT y NEWLINE z NEWLINE DEDENT ENDMARKER",
                tokens("if x:\n\n    # note\n  # odd comment indent\n    y\n\n    z\n"));
    }

    @Test
    void tabsIndentConsistently() {
        assertEquals("if x : NEWLINE INDENT y NEWLINE DEDENT ENDMARKER", tokens("if x:\n\ty\n"));
    }

    @Test
    void dedentsAtEndOfInputWithoutNewline() {
        assertEquals("def f ( ) : NEWLINE INDENT return 1 NEWLINE DEDENT ENDMARKER", tokens("def f():\n  return 1"));
    }

    @Test
    void implicitAndExplicitLineJoining() {
        assertEquals("x = ( 1 , 2 ) NEWLINE y = 3 + 4 NEWLINE ENDMARKER", tokens("x = (1,\n     2)\ny = 3 + \\\n    4\n"));
    }

    @Test
    void longestOperatorMatch() {
        assertEquals("a **= b // c >> = d != e -> f ... NEWLINE ENDMARKER", tokens("a **= b // c >> = d != e -> f ...\n"));
    }

    @Test
    void semicolonsSeparateStatements() {
        assertEquals("x = 1 ; y = 2 NEWLINE ENDMARKER", tokens("x = 1; y = 2\n"));
    }

    @Test
    void integerLiterals() {
        assertEquals(255L, value("0xff"));
        assertEquals(8L, value("0o10"));
        assertEquals(5L, value("0b101"));
        assertEquals(1000000L, value("1_000_000"));
        assertEquals(0L, value("00"));
        assertEquals(new BigInteger("123456789012345678901234567890"), value("123456789012345678901234567890"));
        assertEquals(new BigInteger("9223372036854775808"), value("9223372036854775808"));
    }

    @Test
    void floatLiterals() {
        assertEquals(1.5, value("1.5"));
        assertEquals(1e-9, value("1e-9"));
        assertEquals(0.5, value(".5"));
        assertEquals(5.0, value("5."));
        assertEquals(1e16, value("1E16"));
        assertEquals(1.05, value("1_0.5e-1"));
    }

    @Test
    void numberFollowedByKeywordIsAccepted() {
        assertEquals("x = 1 if y else 2 NEWLINE ENDMARKER", tokens("x = 1if y else 2\n"));
    }

    @Test
    void stringPrefixesAndQuotes() {
        assertEquals("x = 'a' \"b\" r'\\d' f'{c}' '''t\nu''' NEWLINE ENDMARKER",
                tokens("x = 'a' \"b\" r'\\d' f'{c}' '''t\nu'''\n"));
        StringLiteral lit = (StringLiteral) value("Rb'x'");
        assertEquals("rb", lit.prefix());
    }

    @Test
    void escapes() {
        assertEquals("a\nb\t\\'\"\u0041\u00e9\0\u0007x", StringDecoder.decode("a\\nb\\t\\\\\\'\\\"\\x41\\u00e9\\0\\ax", false));
        assertEquals("\\d\\q", StringDecoder.decode("\\d\\q", false));
        assertEquals("\\n", StringDecoder.decode("\\n", true));
        assertEquals("ab", StringDecoder.decode("a\\\nb", false));
        assertEquals("\ud83d\ude00", StringDecoder.decode("\\U0001F600", false));
        assertEquals("\u2014", StringDecoder.decode("\\N{EM DASH}", false));
    }

    @Test
    void unicodeIdentifiersAndPositions() {
        Lexer lx = Lexer.run(new SourceText("caf\u00e9 = 1\n  \n\u00fc = caf\u00e9\n", "t.py"));
        Token u = lx.tokens().get(4);
        assertEquals("\u00fc", u.text());
        assertEquals(3, u.line());
        assertEquals(0, u.col());
    }

    @Test
    void newlineTokenSitsAtTheEndOfItsLine() {
        Token nl = Lexer.run(new SourceText("x = 1\n", "t.py")).tokens().get(3);
        assertEquals(TokenKind.NEWLINE, nl.kind());
        assertEquals(5, nl.col());
        assertEquals(5, nl.endCol());
    }

    @Test
    void inputEndingInsideBracketsIsReportedByTheParser() {
        Lexer lx = Lexer.run(new SourceText("f(1,\n", "t.py"));
        assertNull(lx.error());
        Token last = lx.tokens().get(lx.tokens().size() - 1);
        assertEquals(TokenKind.EOF_ERROR, last.kind());
        assertEquals(new Bracket('(', 1, 1), last.value());
    }

    @Test
    void tokenizerErrorsCarryCPythonPositions() {
        var e = Lexer.run(new SourceText("x = 1\ny = 'abc\n", "t.py")).error();
        assertEquals("unterminated string literal (detected at line 2)", e.message());
        assertEquals(2, e.line());
        assertEquals(5, e.column());
    }
}
