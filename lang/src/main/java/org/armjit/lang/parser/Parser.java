package org.armjit.lang.parser;

import org.armjit.lang.PySyntaxError;
import org.armjit.lang.ast.Arguments;
import org.armjit.lang.ast.Expr;
import org.armjit.lang.ast.Module;
import org.armjit.lang.ast.Pos;
import org.armjit.lang.ast.Stmt;
import org.armjit.lang.bytecode.BinaryOp;
import org.armjit.lang.bytecode.CompareOp;
import org.armjit.lang.bytecode.Const;
import org.armjit.lang.lexer.Bracket;
import org.armjit.lang.lexer.Lexer;
import org.armjit.lang.lexer.SourceText;
import org.armjit.lang.lexer.StringLiteral;
import org.armjit.lang.lexer.Token;
import org.armjit.lang.lexer.TokenKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the subset, following CPython 3.11's grammar. Errors
 * follow CPython's choices: a generic "invalid syntax" points at the furthest token the
 * parser looked at (as the PEG parser does), and the common mistakes get CPython's
 * specific messages (see {@link SyntaxErrors}). Constructs outside the subset raise
 * "'X' is not supported by armjit" where they start.
 */
public final class Parser {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    final SourceText src;
    private final List<Token> toks;
    private int p;
    /** Index of the furthest token looked at: where CPython reports a generic syntax error. */
    private int furthest;
    /** Furthest token ever read, never reset by backtracking (CPython's p->fill). */
    private int fetched;
    /** Bracket nesting at the current token (for the "forgot a comma" rule). */
    private int depth;
    private final SyntaxErrors errors;
    private final ParserStack stack = new ParserStack();

    Parser(SourceText src, List<Token> toks) {
        this.src = src;
        this.toks = toks;
        this.errors = new SyntaxErrors(this);
    }

    /** Parses a whole file. Tokenizer errors anywhere win over parser errors, as in CPython. */
    public static Module parse(String source, String filename) {
        SourceText text = new SourceText(normalize(source), filename);
        Lexer lexer = Lexer.run(text);
        if (lexer.error() != null) throw lexer.error();
        Parser parser = new Parser(text, lexer.tokens());
        try {
            return parser.file();
        } catch (PySyntaxError e) {
            throw parser.preferUnclosedBracket(e);
        }
    }

    /** Parses one expression (an f-string replacement field, wrapped in parentheses by the caller). */
    static Expr parseExpression(SourceText text) {
        Lexer lexer = Lexer.run(text);
        if (lexer.error() != null) throw lexer.error();
        Parser parser = new Parser(text, lexer.tokens());
        if (parser.peek().kind() == TokenKind.INDENT) parser.next(); // the padding before the '('
        Expr e = parser.starExpressions();
        if (parser.peek().kind() != TokenKind.NEWLINE) throw parser.invalidSyntax();
        return e;
    }

    /** Strips a BOM and turns \r\n and \r into \n. */
    public static String normalize(String source) {
        String s = source.startsWith("\uFEFF") ? source.substring(1) : source;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    // ------------------------------------------------------------------ tokens

    Token peek() {
        return at(p);
    }

    Token peek(int k) {
        return at(p + k);
    }

    private Token at(int i) {
        int j = Math.min(i, toks.size() - 1);
        if (j > furthest) furthest = j;
        if (j > fetched) fetched = j;
        Token t = toks.get(j);
        if (t.kind() == TokenKind.EOF_ERROR) throw eofError(t);
        return t;
    }

    Token next() {
        Token t = peek();
        p++;
        if (t.kind() == TokenKind.OP) {
            String s = t.text();
            if (s.equals("(") || s.equals("[") || s.equals("{")) depth++;
            else if (s.equals(")") || s.equals("]") || s.equals("}")) depth--;
        }
        return t;
    }

    int mark() {
        return p;
    }

    /** Backtracks a speculative parse (the furthest-token record is restored by the caller). */
    void reset(int mark, int savedDepth) {
        p = mark;
        depth = savedDepth;
    }

    int depth() {
        return depth;
    }

    int furthest() {
        return furthest;
    }

    void setFurthest(int f) {
        furthest = f;
    }

    boolean atOp(String op) {
        return peek().isOp(op);
    }

    boolean atName(String kw) {
        return peek().isName(kw);
    }

    private boolean acceptOp(String op) {
        if (atOp(op)) {
            next();
            return true;
        }
        return false;
    }

    private Token expectOp(String op) {
        if (!atOp(op)) throw invalidSyntax();
        return next();
    }

    private Token expectName(String kw) {
        if (!atName(kw)) throw invalidSyntax();
        return next();
    }

    /** A NAME that is not a keyword. */
    private Token identifier() {
        Token t = peek();
        if (t.kind() != TokenKind.NAME || KEYWORDS.contains(t.text())) throw invalidSyntax();
        return next();
    }

    static Pos pos(Token t) {
        return new Pos(t.line(), t.col(), t.endLine(), t.endCol());
    }

    static Pos span(Token a, Token b) {
        return new Pos(a.line(), a.col(), b.endLine(), b.endCol());
    }

    static Pos span(Pos a, Token b) {
        return new Pos(a.line(), a.col(), b.endLine(), b.endCol());
    }

    static Pos span(Token a, Pos b) {
        return new Pos(a.line(), a.col(), b.endLine(), b.endCol());
    }

    /** From {@code start} to the end of the last token consumed that is not a NEWLINE, INDENT or DEDENT. */
    private Pos prevEnd(Pos start) {
        int i = p - 1;
        while (i > 0 && (toks.get(i).kind() == TokenKind.NEWLINE || toks.get(i).kind() == TokenKind.DEDENT
                || toks.get(i).kind() == TokenKind.INDENT)) {
            i--;
        }
        return span(start, toks.get(i));
    }

    // ------------------------------------------------------------------ errors

    PySyntaxError error(String msg, Pos at) {
        return src.syntaxError(msg, at.line(), at.col() + 1, at.endLine(), at.endCol() + 1);
    }

    PySyntaxError error(String msg, Token at) {
        return error(msg, pos(at));
    }

    PySyntaxError unsupported(String construct, Pos at) {
        return error("'" + construct + "' is not supported by armjit", at);
    }

    PySyntaxError unsupported(String construct, Token at) {
        return unsupported(construct, pos(at));
    }

    /** CPython's generic error: at the furthest token looked at. */
    PySyntaxError invalidSyntax() {
        Token t = toks.get(Math.min(furthest, toks.size() - 1));
        if (t.kind() == TokenKind.INDENT) {
            return src.error("IndentationError", "unexpected indent", t.line(), t.endCol(), t.line(), -1);
        }
        if (t.kind() == TokenKind.DEDENT) {
            return src.error("IndentationError", "unexpected unindent", t.line(), t.col() + 1, t.line(), -1);
        }
        if (t.kind() == TokenKind.EOF_ERROR) return eofError(t);
        return error("invalid syntax", t);
    }

    private PySyntaxError eofError(Token t) {
        Bracket b = (Bracket) t.value();
        if (b != null) return unclosed(b);
        return src.syntaxError("unexpected EOF while parsing", t.line(), t.col() + 1, t.line(), -1);
    }

    private PySyntaxError unclosed(Bracket b) {
        return src.syntaxError("'" + b.ch() + "' was never closed", b.line(), b.col() + 1, b.line(), 0);
    }

    /**
     * CPython re-scans the rest of the source after a parser error: input ending inside
     * a bracket opened on an earlier line than the error turns it into "'(' was never closed".
     */
    private PySyntaxError preferUnclosedBracket(PySyntaxError e) {
        Token last = toks.get(toks.size() - 1);
        int errLine = Math.max(e.line(), toks.get(Math.min(fetched, toks.size() - 1)).line());
        if (last.kind() == TokenKind.EOF_ERROR && last.value() instanceof Bracket b
                && errLine > b.line() && !e.message().endsWith("was never closed")) {
            return unclosed(b);
        }
        return e;
    }

    // ------------------------------------------------------------------ statements

    Module file() {
        List<Stmt> body = new ArrayList<>();
        while (peek().kind() != TokenKind.ENDMARKER) {
            if (peek().kind() == TokenKind.NEWLINE) {
                next();
                continue;
            }
            statement(body);
        }
        return new Module(body);
    }

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "if": out.add(ifStmt("if")); return;
                case "while": out.add(whileStmt()); return;
                case "for": out.add(forStmt()); return;
                case "def": out.add(funcDef()); return;
                case "class": out.add(classDef()); return;
                case "try": out.add(tryStmt()); return;
                case "with": out.add(withStmt()); return;
                case "async": throw unsupported("async", t);
                case "match":
                    if (looksLikeMatch()) throw unsupported("match", t);
                    break;
                default:
                    break;
            }
        } else if (t.isOp("@")) {
            out.add(decorated());
            return;
        } else if (t.kind() == TokenKind.INDENT) {
            throw invalidSyntax();
        }
        simpleStatements(out);
    }

    /** {@code match subject:} at the start of a line (match is a soft keyword). */
    private boolean looksLikeMatch() {
        Token n = toks.get(Math.min(p + 1, toks.size() - 1));
        if (!(n.kind() == TokenKind.NAME && !KEYWORDS.contains(n.text()) || n.kind() == TokenKind.NUMBER
                || n.kind() == TokenKind.STRING || n.isOp("(") || n.isOp("[") || n.isOp("{") || n.isOp("-"))) {
            return false;
        }
        int level = 0;
        for (int i = p + 1; i < toks.size(); i++) {
            Token x = toks.get(i);
            if (x.kind() == TokenKind.NEWLINE || x.kind() == TokenKind.EOF_ERROR) {
                Token prev = toks.get(i - 1);
                return prev.isOp(":");
            }
            if (x.isOp("(") || x.isOp("[") || x.isOp("{")) level++;
            if (x.isOp(")") || x.isOp("]") || x.isOp("}")) level--;
            if (level == 0 && (x.isOp("=") || x.isOp(";"))) return false;
        }
        return false;
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            Stmt s = simpleStatement();
            out.add(s);
            if (acceptOp(";")) {
                if (peek().kind() == TokenKind.NEWLINE) break;
                continue;
            }
            if (peek().kind() != TokenKind.NEWLINE) throw errors.afterSimpleStatement(s);
            break;
        }
        next(); // NEWLINE
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "pass": next(); return new Stmt.Pass(pos(t));
                case "break": next(); return new Stmt.Break(pos(t));
                case "continue": next(); return new Stmt.Continue(pos(t));
                case "return": {
                    next();
                    Expr v = atSimpleStatementEnd() ? null : starExpressions();
                    return new Stmt.Return(v == null ? pos(t) : span(t, v.pos()), v);
                }
                case "raise": return raiseStmt();
                case "global": case "nonlocal": return globalStmt();
                case "del": return delStmt();
                case "assert": {
                    next();
                    Expr test = expression();
                    Expr msg = acceptOp(",") ? expression() : null;
                    return new Stmt.Assert(span(t, (msg != null ? msg : test).pos()), test, msg);
                }
                case "import": return importStmt();
                case "from": return fromImport();
                default:
                    break;
            }
        }
        return exprOrAssign();
    }

    private boolean atSimpleStatementEnd() {
        Token t = peek();
        return t.kind() == TokenKind.NEWLINE || t.isOp(";");
    }

    private Stmt raiseStmt() {
        Token t = next();
        if (atSimpleStatementEnd()) return new Stmt.Raise(pos(t), null);
        Expr exc = expression();
        if (atName("from")) throw unsupported("raise ... from", peek());
        return new Stmt.Raise(span(t, exc.pos()), exc);
    }

    private Stmt globalStmt() {
        Token t = next();
        List<String> names = new ArrayList<>();
        Token last;
        do {
            last = identifier();
            names.add(last.text());
        } while (acceptOp(","));
        Pos pos = span(t, last);
        return t.text().equals("global") ? new Stmt.Global(pos, names) : new Stmt.Nonlocal(pos, names);
    }

    private Stmt delStmt() {
        Token t = next();
        List<Expr> targets = new ArrayList<>();
        do {
            if (atSimpleStatementEnd()) break;
            targets.add(bitwiseOr());
        } while (acceptOp(","));
        if (targets.isEmpty()) throw invalidSyntax();
        if (!atSimpleStatementEnd()) {
            // invalid_del_stmt: reparse as star_expressions for CPython's message
            throw invalidSyntax();
        }
        for (Expr target : targets) errors.checkTarget(target, "delete");
        return new Stmt.Delete(prevEnd(pos(t)), targets);
    }

    private Stmt importStmt() {
        Token t = next();
        List<Stmt.Alias> names = new ArrayList<>();
        do {
            Token first = peek();
            String name = dottedName();
            String as = null;
            if (atName("as")) {
                next();
                as = identifier().text();
            }
            names.add(new Stmt.Alias(prevEnd(pos(first)), name, as));
        } while (acceptOp(","));
        return new Stmt.Import(prevEnd(pos(t)), names);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(identifier().text());
        while (atOp(".")) {
            next();
            sb.append('.').append(identifier().text());
        }
        return sb.toString();
    }

    private Stmt fromImport() {
        Token t = next();
        if (atOp(".") || atOp("...")) throw unsupported("relative import", peek());
        String module = dottedName();
        expectName("import");
        if (atOp("*")) throw unsupported("import *", peek());
        boolean paren = acceptOp("(");
        List<Stmt.Alias> names = new ArrayList<>();
        while (true) {
            Token first = identifier();
            String as = null;
            if (atName("as")) {
                next();
                as = identifier().text();
            }
            names.add(new Stmt.Alias(prevEnd(pos(first)), first.text(), as));
            if (!acceptOp(",")) break;
            if (paren && atOp(")")) break;
            if (!paren && atSimpleStatementEnd()) {
                throw error("trailing comma not allowed without surrounding parentheses", peek());
            }
        }
        if (paren) expectOp(")");
        return new Stmt.ImportFrom(prevEnd(pos(t)), module, names);
    }

    /** {@code @expr NEWLINE}... then a def or class. */
    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (atOp("@")) {
            next();
            decorators.add(namedExpression());
            if (peek().kind() != TokenKind.NEWLINE) throw invalidSyntax();
            next();
        }
        Stmt def;
        if (atName("def")) def = funcDef();
        else if (atName("class")) def = classDef();
        else throw invalidSyntax();
        if (def instanceof Stmt.FunctionDef f) return new Stmt.FunctionDef(f.pos(), f.name(), f.args(), f.body(), decorators);
        Stmt.ClassDef c = (Stmt.ClassDef) def;
        return new Stmt.ClassDef(c.pos(), c.name(), c.bases(), c.body(), decorators);
    }

    private Stmt withStmt() {
        Token t = next();
        List<Stmt.WithItem> items = new ArrayList<>();
        do {
            Expr ctx = expression();
            Expr target = null;
            if (atName("as")) {
                next();
                target = bitwiseOr();
                errors.checkTarget(target, "assign");
            }
            items.add(new Stmt.WithItem(ctx.pos(), ctx, target));
        } while (acceptOp(","));
        headerColon(false);
        List<Stmt> body = block("'with' statement on line " + t.line());
        return new Stmt.With(prevEnd(pos(t)), items, body);
    }

    /** {@code yield [exprs]} or {@code yield from expr}, at a 'yield' token. */
    private Expr yieldExpr() {
        Token t = next();
        if (atName("from")) {
            next();
            Expr v = expression();
            return new Expr.YieldFrom(span(t, v.pos()), v);
        }
        if (atSimpleStatementEnd() || atOp(")") || atOp("]") || atOp("}") || atOp("=")) return new Expr.Yield(pos(t), null);
        Expr v = starExpressions();
        return new Expr.Yield(span(t, v.pos()), v);
    }

    private Stmt exprOrAssign() {
        Token start = peek();
        if (atName("yield")) {
            Expr y = yieldExpr();
            return new Stmt.ExprStmt(y.pos(), y);
        }
        Expr first = starExpressions();
        if (atOp("=")) {
            List<Expr> targets = new ArrayList<>();
            targets.add(first);
            Expr value = null;
            while (acceptOp("=")) {
                value = atName("yield") ? yieldExpr() : starExpressions();
                if (atOp("=")) targets.add(value);
            }
            errors.checkAssignTargets(targets, value);
            return new Stmt.Assign(span(start, value.pos()), targets, value);
        }
        BinaryOp aug = augmentedOp(peek());
        if (aug != null) {
            errors.checkAugTarget(first);
            next();
            Expr value = atName("yield") ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(span(start, value.pos()), first, aug, value);
        }
        if (atOp(":")) {
            errors.checkAnnotationTarget(first);
            next();
            expression(); // the annotation is dropped
            Expr value = null;
            if (acceptOp("=")) value = starExpressions();
            return new Stmt.AnnAssign(prevEnd(pos(start)), first, value);
        }
        return new Stmt.ExprStmt(first.pos(), first);
    }

    private static BinaryOp augmentedOp(Token t) {
        if (t.kind() != TokenKind.OP || !t.text().endsWith("=") || t.text().length() < 2) return null;
        String op = t.text().substring(0, t.text().length() - 1);
        for (BinaryOp b : BinaryOp.values()) {
            if (b.symbol.equals(op)) return b;
        }
        return null;
    }

    // ------------------------------------------------------------------ compound statements

    /** The ':' that ends a compound statement's header; "expected ':'" only where CPython says it. */
    private void headerColon(boolean forced) {
        if (atOp(":")) {
            next();
            return;
        }
        if (forced || peek().kind() == TokenKind.NEWLINE) throw error("expected ':'", peek());
        throw invalidSyntax();
    }

    /** A block after ':'; {@code what} names the statement for the indentation error. */
    private List<Stmt> block(String what) {
        List<Stmt> body = new ArrayList<>();
        if (peek().kind() != TokenKind.NEWLINE) {
            simpleStatements(body);
            return body;
        }
        next();
        Token t = peek();
        if (t.kind() != TokenKind.INDENT) {
            throw src.error("IndentationError", "expected an indented block after " + what,
                    t.line(), t.col() + 1, t.endLine(), t.kind() == TokenKind.ENDMARKER ? -1 : t.endCol() + 1);
        }
        next();
        while (peek().kind() != TokenKind.DEDENT) statement(body);
        next();
        return body;
    }

    private Stmt ifStmt(String keyword) {
        Token t = next();
        Expr test = namedExpression();
        headerColon(false);
        List<Stmt> body = block("'" + keyword + "' statement on line " + t.line());
        List<Stmt> orelse = new ArrayList<>();
        if (atName("elif")) {
            orelse.add(ifStmt("elif"));
        } else if (atName("else")) {
            Token e = next();
            headerColon(true);
            orelse = block("'else' statement on line " + e.line());
        }
        return new Stmt.If(prevEnd(pos(t)), test, body, orelse);
    }

    private Stmt whileStmt() {
        Token t = next();
        Expr test = namedExpression();
        headerColon(false);
        List<Stmt> body = block("'while' statement on line " + t.line());
        List<Stmt> orelse = elseBlock();
        return new Stmt.While(prevEnd(pos(t)), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        if (!atName("else")) return List.of();
        Token e = next();
        headerColon(true);
        return block("'else' statement on line " + e.line());
    }

    private Stmt forStmt() {
        Token t = next();
        Expr target = targetList();
        expectName("in");
        Expr iter = starExpressions();
        errors.checkTarget(target, "assign");
        headerColon(false);
        List<Stmt> body = block("'for' statement on line " + t.line());
        List<Stmt> orelse = elseBlock();
        return new Stmt.For(prevEnd(pos(t)), target, iter, body, orelse);
    }

    /** Targets of for and comprehensions: bitwise-or expressions (so 'in' is not consumed). */
    private Expr targetList() {
        Token start = peek();
        Expr first = atOp("*") ? starExpression() : bitwiseOr();
        if (!atOp(",")) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atName("in")) break;
            elts.add(atOp("*") ? starExpression() : bitwiseOr());
        }
        return new Expr.Tuple(prevEnd(pos(start)), elts, false);
    }

    private Stmt funcDef() {
        Token t = next();
        Token name = identifier();
        if (!atOp("(")) throw error("expected '('", peek());
        next();
        Arguments args = parameters(")", true);
        expectOp(")");
        if (atOp("->")) {
            Token arrow = next();
            if (!startsExpression(peek())) throw error("expected ':'", arrow);
            expression(); // the annotation is dropped
        }
        headerColon(true);
        List<Stmt> body = block("function definition on line " + t.line());
        return new Stmt.FunctionDef(prevEnd(pos(t)), name.text(), args, body);
    }

    /** Parameters up to {@code close} (")" for def, ":" for lambda); annotations allowed in defs. */
    private Arguments parameters(String close, boolean annotations) {
        List<Arguments.Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arguments.Arg vararg = null, kwarg = null;
        List<Arguments.Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        boolean star = false;
        while (!atOp(close)) {
            Token t = peek();
            if (kwarg != null) throw invalidSyntax();
            if (t.isOp("/")) throw unsupported("positional-only parameters", t);
            if (t.isOp("*")) {
                if (star) throw error("* argument may appear only once", t);
                next();
                star = true;
                if (peek().kind() == TokenKind.NAME) {
                    Token name = identifier();
                    if (annotations && acceptOp(":")) expression();
                    vararg = new Arguments.Arg(pos(name), name.text());
                } else if (atOp(close) || atOp(",") && peek(1).isOp(close)) {
                    throw error("named arguments must follow bare *", t);
                }
                if (!acceptOp(",")) break;
                continue;
            }
            if (t.isOp("**")) {
                next();
                Token name = identifier();
                if (annotations && acceptOp(":")) expression();
                kwarg = new Arguments.Arg(pos(name), name.text());
                if (!acceptOp(",")) break;
                continue;
            }
            Token name = identifier();
            if (annotations && acceptOp(":")) expression();
            Arguments.Arg arg = new Arguments.Arg(pos(name), name.text());
            if (star) {
                kwonly.add(arg);
                kwDefaults.add(acceptOp("=") ? expression() : null);
            } else {
                if (acceptOp("=")) {
                    defaults.add(expression());
                } else if (!defaults.isEmpty()) {
                    throw error("non-default argument follows default argument", arg.pos());
                }
                args.add(arg);
            }
            if (!acceptOp(",")) break;
        }
        if (!atOp(close)) throw invalidSyntax();
        return new Arguments(args, defaults, vararg, kwonly, kwDefaults, kwarg);
    }

    private Stmt classDef() {
        Token t = next();
        Token name = identifier();
        List<Expr> bases = new ArrayList<>();
        if (acceptOp("(")) {
            while (!atOp(")")) {
                Token a = peek();
                if (a.isOp("*")) throw unsupported("star-unpacking", a);
                if (a.isOp("**")) throw unsupported("**kwargs", a);
                if (a.kind() == TokenKind.NAME && peek(1).isOp("=")) throw unsupported("class keyword arguments", a);
                Expr base = expression();
                bases.add(base);
                if (!acceptOp(",")) {
                    if (!atOp(")")) errors.forgotComma(base);
                    break;
                }
            }
            expectOp(")");
        }
        headerColon(false);
        List<Stmt> body = block("class definition on line " + t.line());
        return new Stmt.ClassDef(prevEnd(pos(t)), name.text(), bases, body);
    }

    private Stmt tryStmt() {
        Token t = next();
        headerColon(true);
        List<Stmt> body = block("'try' statement on line " + t.line());
        List<Stmt.ExceptHandler> handlers = new ArrayList<>();
        while (atName("except")) {
            Token e = next();
            if (atOp("*")) throw unsupported("except*", peek());
            Expr type = null;
            String name = null;
            if (!atOp(":") && peek().kind() != TokenKind.NEWLINE) {
                type = expression();
                if (atOp(",")) {
                    List<Expr> more = new ArrayList<>();
                    more.add(type);
                    while (acceptOp(",")) {
                        if (atOp(":")) break;
                        more.add(expression());
                    }
                    if (atOp(":") || atName("as")) {
                        throw error("multiple exception types must be parenthesized",
                                Pos.span(type.pos(), more.get(more.size() - 1).pos()));
                    }
                    throw invalidSyntax();
                }
                if (atName("as")) {
                    next();
                    name = identifier().text();
                }
            }
            headerColon(false);
            List<Stmt> hbody = block("'except' statement on line " + e.line());
            handlers.add(new Stmt.ExceptHandler(prevEnd(pos(e)), type, name, hbody));
        }
        for (int i = 0; i < handlers.size() - 1; i++) {
            if (handlers.get(i).type() == null) throw error("default 'except:' must be last", handlers.get(i).pos());
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty()) orelse = elseBlock();
        List<Stmt> finalbody = List.of();
        if (atName("finally")) {
            Token f = next();
            headerColon(true);
            finalbody = block("'finally' statement on line " + f.line());
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw error("expected 'except' or 'finally' block", peek());
        }
        return new Stmt.Try(prevEnd(pos(t)), body, handlers, orelse, finalbody);
    }

    // ------------------------------------------------------------------ expressions

    /** Parses a bracketed construct, charged what it costs CPython's parser stack. */
    private Expr bracketed(java.util.function.Supplier<Expr> parse) {
        stack.enterBracket();
        try {
            return parse.get();
        } finally {
            stack.leaveBracket();
        }
    }

    /** Parses a nested construct charged {@code cost} levels of CPython's parser stack. */
    private Expr deeper(int cost, java.util.function.Supplier<Expr> parse) {
        stack.enter(cost);
        try {
            return parse.get();
        } finally {
            stack.leave(cost);
        }
    }

    /** expression (',' expression)* [','] -- an unparenthesized tuple when there are commas. */
    Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!atOp(",")) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression(peek())) break;
            elts.add(starExpression());
        }
        return new Expr.Tuple(prevEnd(pos(start)), elts, false);
    }

    private Expr starExpression() {
        if (atOp("*")) {
            Token t = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(span(t, v.pos()), v);
        }
        return expression();
    }

    static boolean startsExpression(Token t) {
        switch (t.kind()) {
            case NUMBER: case IMAGINARY: case STRING:
                return true;
            case NAME:
                return !KEYWORDS.contains(t.text()) || t.text().equals("True") || t.text().equals("False")
                        || t.text().equals("None") || t.text().equals("not") || t.text().equals("lambda")
                        || t.text().equals("await") || t.text().equals("yield");
            case OP:
                switch (t.text()) {
                    case "(": case "[": case "{": case "-": case "+": case "~": case "*": case "...":
                        return true;
                    default:
                        return false;
                }
            default:
                return false;
        }
    }

    /** named_expression: an expression where CPython also checks for '=' meant as '=='. */
    Expr namedExpression() {
        Expr e = expression();
        if (atOp(":=")) throw unsupported(":=", peek());
        if (atOp("=")) errors.assignmentInExpression(e);
        return e;
    }

    Expr expression() {
        if (atName("lambda")) return lambda();
        Expr body = disjunction();
        if (!atName("if")) return body;
        next();
        Expr test = disjunction();
        if (!atName("else")) {
            if (!atOp(":")) throw error("expected 'else' after 'if' expression", Pos.span(body.pos(), test.pos()));
            throw invalidSyntax();
        }
        next();
        Expr orelse = deeper(ParserStack.CONDITIONAL, () -> expression());
        return new Expr.IfExp(Pos.span(body.pos(), orelse.pos()), test, body, orelse);
    }

    private Expr lambda() {
        Token t = next();
        Arguments args = parameters(":", false);
        expectOp(":");
        Expr body = deeper(ParserStack.LAMBDA, () -> expression());
        return new Expr.Lambda(span(t, body.pos()), args, body);
    }

    private Expr disjunction() {
        Expr first = conjunction();
        if (!atName("or")) return first;
        List<Expr> values = new ArrayList<>(List.of(first));
        while (atName("or")) {
            next();
            values.add(conjunction());
        }
        return new Expr.BoolOp(Pos.span(first.pos(), values.get(values.size() - 1).pos()), false, values);
    }

    private Expr conjunction() {
        Expr first = inversion();
        if (!atName("and")) return first;
        List<Expr> values = new ArrayList<>(List.of(first));
        while (atName("and")) {
            next();
            values.add(inversion());
        }
        return new Expr.BoolOp(Pos.span(first.pos(), values.get(values.size() - 1).pos()), true, values);
    }

    private Expr inversion() {
        if (atName("not")) {
            Token t = next();
            Expr operand = deeper(ParserStack.UNARY, () -> inversion());
            return new Expr.UnaryOp(span(t, operand.pos()), "not", operand);
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = bitwiseOr();
        List<CompareOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            CompareOp op = compareOp();
            if (op == null) break;
            comparators.add(bitwiseOr());
            ops.add(op);
        }
        if (ops.isEmpty()) return left;
        return new Expr.Compare(Pos.span(left.pos(), comparators.get(comparators.size() - 1).pos()), left, ops, comparators);
    }

    /** Consumes a comparison operator, or returns null. */
    private CompareOp compareOp() {
        Token t = peek();
        if (t.kind() == TokenKind.OP) {
            CompareOp op;
            switch (t.text()) {
                case "<": op = CompareOp.LT; break;
                case "<=": op = CompareOp.LE; break;
                case "==": op = CompareOp.EQ; break;
                case "!=": op = CompareOp.NE; break;
                case ">": op = CompareOp.GT; break;
                case ">=": op = CompareOp.GE; break;
                default: return null;
            }
            next();
            return op;
        }
        if (t.isName("in")) {
            next();
            return CompareOp.IN;
        }
        if (t.isName("is")) {
            next();
            if (atName("not")) {
                next();
                return CompareOp.IS_NOT;
            }
            return CompareOp.IS;
        }
        if (t.isName("not") && peek(1).isName("in")) {
            next();
            next();
            return CompareOp.NOT_IN;
        }
        return null;
    }

    Expr bitwiseOr() {
        Expr left = bitwiseXor();
        while (atOp("|")) {
            next();
            Expr right = bitwiseXor();
            left = new Expr.BinOp(Pos.span(left.pos(), right.pos()), left, BinaryOp.OR, right);
        }
        return left;
    }

    private Expr bitwiseXor() {
        Expr left = bitwiseAnd();
        while (atOp("^")) {
            next();
            Expr right = bitwiseAnd();
            left = new Expr.BinOp(Pos.span(left.pos(), right.pos()), left, BinaryOp.XOR, right);
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Expr left = shiftExpr();
        while (atOp("&")) {
            next();
            Expr right = shiftExpr();
            left = new Expr.BinOp(Pos.span(left.pos(), right.pos()), left, BinaryOp.AND, right);
        }
        return left;
    }

    private Expr shiftExpr() {
        Expr left = sum();
        while (atOp("<<") || atOp(">>")) {
            BinaryOp op = next().text().equals("<<") ? BinaryOp.LSHIFT : BinaryOp.RSHIFT;
            Expr right = sum();
            left = new Expr.BinOp(Pos.span(left.pos(), right.pos()), left, op, right);
        }
        return left;
    }

    private Expr sum() {
        Expr left = term();
        while (atOp("+") || atOp("-")) {
            BinaryOp op = next().text().equals("+") ? BinaryOp.ADD : BinaryOp.SUB;
            Expr right = term();
            left = new Expr.BinOp(Pos.span(left.pos(), right.pos()), left, op, right);
        }
        return left;
    }

    private Expr term() {
        Expr left = factor();
        while (true) {
            Token t = peek();
            BinaryOp op;
            if (t.isOp("*")) op = BinaryOp.MUL;
            else if (t.isOp("/")) op = BinaryOp.TRUEDIV;
            else if (t.isOp("//")) op = BinaryOp.FLOORDIV;
            else if (t.isOp("%")) op = BinaryOp.MOD;
            else if (t.isOp("@")) throw unsupported("@", t);
            else return left;
            next();
            Expr right = factor();
            left = new Expr.BinOp(Pos.span(left.pos(), right.pos()), left, op, right);
        }
    }

    private Expr factor() {
        Token t = peek();
        if (t.isOp("-") || t.isOp("+") || t.isOp("~")) {
            next();
            Expr operand = deeper(ParserStack.UNARY, () -> factor());
            return new Expr.UnaryOp(span(t, operand.pos()), t.text(), operand);
        }
        return power();
    }

    private Expr power() {
        if (atName("await")) throw unsupported("await", peek());
        Expr base = primary();
        if (!atOp("**")) return base;
        next();
        Expr exp = deeper(ParserStack.POWER, () -> factor()); // right-associative, and binds tighter than a unary minus on its left
        return new Expr.BinOp(Pos.span(base.pos(), exp.pos()), base, BinaryOp.POW, exp);
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.isOp(".")) {
                next();
                Token name = identifier();
                e = new Expr.Attribute(span(e.pos(), name), e, name.text());
            } else if (t.isOp("(")) {
                Expr func = e;
                e = deeper(ParserStack.TRAILER, () -> call(func));
            } else if (t.isOp("[")) {
                next();
                Expr slice = deeper(ParserStack.TRAILER, () -> slices());
                Token close = expectOp("]");
                e = new Expr.Subscript(span(e.pos(), close), e, slice);
            } else {
                return e;
            }
        }
    }

    private Expr call(Expr func) {
        next(); // (
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        while (!atOp(")")) {
            Token t = peek();
            if (t.isOp("*")) {
                next();
                Expr v = expression();
                if (!keywords.isEmpty() && keywords.stream().anyMatch(k -> k.arg() == null)) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", span(t, v.pos()));
                }
                args.add(new Expr.Starred(span(t, v.pos()), v));
            } else if (t.isOp("**")) {
                next();
                Expr v = expression();
                keywords.add(new Expr.Keyword(span(t, v.pos()), null, v));
            } else if (t.kind() == TokenKind.NAME && !KEYWORDS.contains(t.text()) && peek(1).isOp("=")) {
                next();
                next();
                Expr value = expression();
                Expr.Keyword kw = new Expr.Keyword(span(t, value.pos()), t.text(), value);
                for (Expr.Keyword k : keywords) {
                    if (t.text().equals(k.arg())) throw error("keyword argument repeated: " + t.text(), kw.pos());
                }
                keywords.add(kw);
            } else {
                Expr e = expression();
                if (atOp(":=")) throw unsupported(":=", peek());
                if (atName("for")) {
                    if (!args.isEmpty() || !keywords.isEmpty()) throw error("Generator expression must be parenthesized", e.pos());
                    List<Expr.Comprehension> gens = comprehensionClauses();
                    e = new Expr.GeneratorExp(span(e.pos(), peek()), e, gens);
                    if (!atOp(")")) throw error("Generator expression must be parenthesized", e.pos());
                }
                if (atOp("=")) {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?", span(e.pos(), peek()));
                }
                if (!keywords.isEmpty()) throw error("positional argument follows keyword argument", peek());
                args.add(e);
            }
            if (!acceptOp(",")) {
                if (!atOp(")")) {
                    Expr last = keywords.isEmpty() ? args.get(args.size() - 1)
                            : keywords.get(keywords.size() - 1).value();
                    errors.forgotComma(last);
                }
                break;
            }
        }
        Token close = expectOp(")");
        return new Expr.Call(span(func.pos(), close), func, args, keywords);
    }

    private Expr slices() {
        Token start = peek();
        Expr first = slice();
        if (!atOp(",")) return first;
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (acceptOp(",")) {
            if (atOp("]")) break;
            elts.add(slice());
        }
        return new Expr.Tuple(prevEnd(pos(start)), elts, false);
    }

    private Expr slice() {
        Token start = peek();
        Expr lower = null;
        if (!atOp(":")) {
            if (atOp("*")) throw unsupported("star-unpacking", peek());
            lower = namedExpression();
            if (!atOp(":")) {
                if (!atOp(",") && !atOp("]")) errors.forgotComma(lower);
                return lower;
            }
        }
        next(); // :
        Expr upper = null, step = null;
        if (!atOp(":") && !atOp(",") && !atOp("]")) upper = expression();
        if (acceptOp(":")) {
            if (!atOp(",") && !atOp("]")) step = expression();
        }
        return new Expr.Slice(prevEnd(pos(start)), lower, upper, step);
    }

    private Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME:
                switch (t.text()) {
                    case "True": next(); return new Expr.Constant(pos(t), Boolean.TRUE);
                    case "False": next(); return new Expr.Constant(pos(t), Boolean.FALSE);
                    case "None": next(); return new Expr.Constant(pos(t), Const.NONE);
                    case "yield": throw unsupported("yield", t);
                    case "await": throw unsupported("await", t);
                    case "lambda": return lambda();
                    default:
                        if (KEYWORDS.contains(t.text())) throw invalidSyntax();
                        next();
                        return new Expr.Name(pos(t), t.text());
                }
            case NUMBER:
                next();
                return new Expr.Constant(pos(t), t.value());
            case IMAGINARY:
                throw unsupported("complex literal", t);
            case STRING:
                return strings();
            case OP:
                switch (t.text()) {
                    case "(": return bracketed(this::parenthesized);
                    case "[": return bracketed(this::listDisplay);
                    case "{": return bracketed(this::dictDisplay);
                    case "...": throw unsupported("...", t);
                    default: throw invalidSyntax();
                }
            default:
                throw invalidSyntax();
        }
    }

    private Expr strings() {
        List<Token> parts = new ArrayList<>();
        while (peek().kind() == TokenKind.STRING) parts.add(next());
        Token first = parts.get(0), last = parts.get(parts.size() - 1);
        Pos pos = span(first, last);
        boolean anyF = false;
        for (Token t : parts) {
            StringLiteral lit = (StringLiteral) t.value();
            if (lit.isBytes()) throw unsupported("bytes literal", t);
            anyF |= lit.isFormat();
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Token t : parts) sb.append(FStrings.decodeLiteral(this, t, ((StringLiteral) t.value()).body()));
            return new Expr.Constant(pos, sb.toString());
        }
        List<Expr> values = new ArrayList<>();
        for (Token t : parts) {
            StringLiteral lit = (StringLiteral) t.value();
            if (lit.isFormat()) {
                values.addAll(new FStrings(this, t).parse());
            } else {
                values.add(new Expr.Constant(pos(t), FStrings.decodeLiteral(this, t, lit.body())));
            }
        }
        return new Expr.JoinedStr(pos, FStrings.mergeConstants(values));
    }

    private Expr parenthesized() {
        Token open = next();
        if (atOp(")")) {
            Token close = next();
            return new Expr.Tuple(span(open, close), List.of(), true);
        }
        if (atName("yield")) {
            Expr y = yieldExpr();
            expectOp(")");
            return y;
        }
        Expr first = atOp("*") ? starExpression() : namedExpression();
        if (atName("for")) {
            List<Expr.Comprehension> gens = comprehensionClauses();
            Token close = expectOp(")");
            return new Expr.GeneratorExp(span(open, close), first, gens);
        }
        if (atOp(")")) {
            next();
            return first;
        }
        if (!atOp(",")) {
            errors.forgotComma(first);
            throw invalidSyntax();
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (acceptOp(",")) {
            if (atOp(")")) break;
            Expr e = atOp("*") ? starExpression() : namedExpression();
            elts.add(e);
            if (!atOp(",") && !atOp(")")) errors.forgotComma(e);
        }
        Token close = expectOp(")");
        return new Expr.Tuple(span(open, close), elts, true);
    }

    private Expr listDisplay() {
        Token open = next();
        List<Expr> elts = new ArrayList<>();
        while (!atOp("]")) {
            Expr e = atOp("*") ? starExpression() : namedExpression();
            if (atName("for")) {
                if (!elts.isEmpty()) {
                    throw error("did you forget parentheses around the comprehension target?",
                            Pos.span(elts.get(0).pos(), e.pos()));
                }
                List<Expr.Comprehension> gens = comprehensionClauses();
                Token close = expectOp("]");
                return new Expr.ListComp(span(open, close), e, gens);
            }
            elts.add(e);
            if (!acceptOp(",")) {
                if (!atOp("]")) errors.forgotComma(e);
                break;
            }
        }
        Token close = expectOp("]");
        return new Expr.ListExpr(span(open, close), elts);
    }

    private Expr dictDisplay() {
        Token open = next();
        if (atOp("}")) {
            Token close = next();
            return new Expr.Dict(span(open, close), List.of(), List.of());
        }
        List<Expr> keys = new ArrayList<>(), values = new ArrayList<>();
        Expr key;
        if (atOp("**")) {
            key = null;
        } else {
            Expr first = atOp("*") ? starExpression() : expression();
            if (!atOp(":")) return setDisplay(open, first);
            key = first;
        }
        while (true) {
            Expr value;
            if (key == null) {
                next(); // '**'
                value = bitwiseOr();
            } else {
                Token colon = next(); // ':'
                if (atOp("}") || atOp(",")) throw error("expression expected after dictionary key and ':'", colon);
                value = expression();
                if (keys.isEmpty() && atName("for")) {
                    List<Expr.Comprehension> gens = comprehensionClauses();
                    Token close = expectOp("}");
                    return new Expr.DictComp(span(open, close), key, value, gens);
                }
            }
            keys.add(key);
            values.add(value);
            if (!acceptOp(",")) {
                if (!atOp("}")) errors.forgotComma(value);
                break;
            }
            if (atOp("}")) break;
            if (atOp("**")) {
                key = null;
                continue;
            }
            key = expression();
            if (!atOp(":")) {
                if (atOp(",") || atOp("}")) {
                    throw src.syntaxError("':' expected after dictionary key", key.pos().line(), key.pos().col() + 1,
                            key.pos().line(), 0);
                }
                errors.forgotComma(key);
                throw invalidSyntax();
            }
        }
        Token close = expectOp("}");
        return new Expr.Dict(span(open, close), keys, values);
    }

    /** A set display or comprehension after its first element. */
    private Expr setDisplay(Token open, Expr first) {
        if (atName("for")) {
            List<Expr.Comprehension> gens = comprehensionClauses();
            Token close = expectOp("}");
            return new Expr.SetComp(span(open, close), first, gens);
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (acceptOp(",")) {
            if (atOp("}")) break;
            elts.add(atOp("*") ? starExpression() : expression());
        }
        Token close = expectOp("}");
        return new Expr.SetExpr(span(open, close), elts);
    }

    private List<Expr.Comprehension> comprehensionClauses() {
        List<Expr.Comprehension> gens = new ArrayList<>();
        while (atName("for") || atName("async")) {
            Token f = next();
            if (f.text().equals("async")) throw unsupported("async", f);
            Expr target = targetList();
            expectName("in");
            Expr iter = disjunction();
            errors.checkTarget(target, "assign");
            List<Expr> ifs = new ArrayList<>();
            while (atName("if")) {
                next();
                ifs.add(disjunction());
            }
            gens.add(new Expr.Comprehension(prevEnd(pos(f)), target, iter, ifs));
        }
        return gens;
    }
}
