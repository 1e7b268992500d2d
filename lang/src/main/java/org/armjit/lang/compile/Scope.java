package org.armjit.lang.compile;

import org.armjit.lang.ast.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One scope of the symbol table: the module, a class body, or a function (def, lambda or
 * comprehension), with what each name is in it after analysis.
 */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    /** How a name is accessed in a scope. */
    enum Access {
        /** Fast local of a function, or namespace-dict name of a class body. */
        LOCAL,
        /** Local that inner functions capture: a cell. */
        CELL,
        /** Captured from an enclosing function. */
        FREE,
        /** Declared global. */
        GLOBAL_EXPLICIT,
        /** Not bound anywhere visible: a global or builtin. */
        GLOBAL_IMPLICIT,
    }

    static final int DEF_LOCAL = 1, DEF_PARAM = 2, USE = 4, DEF_GLOBAL = 8, DEF_NONLOCAL = 16;

    final Kind kind;
    final String name;
    final Scope parent;
    final Node node;
    final List<String> params = new ArrayList<>();
    /** Name -> DEF_* / USE flags, in order of first appearance (that order gives varnames). */
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final List<Scope> children = new ArrayList<>();
    /** Resolved accesses, filled by {@link SymbolTable}'s analysis. */
    final Map<String, Access> access = new LinkedHashMap<>();
    final TreeSet<String> cells = new TreeSet<>();
    final TreeSet<String> frees = new TreeSet<>();
    /** A class body some method of which uses super() or __class__: it makes a __class__ cell. */
    boolean needsClassCell;
    /** A function containing yield, or a generator expression. */
    boolean generator;

    Scope(Kind kind, String name, Scope parent, Node node) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.node = node;
    }

    int flagsOf(String n) {
        return flags.getOrDefault(n, 0);
    }

    void add(String n, int flag) {
        flags.merge(n, flag, (a, b) -> a | b);
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    Access accessOf(String n) {
        Access a = access.get(n);
        if (a != null) return a;
        return kind == Kind.MODULE ? Access.GLOBAL_IMPLICIT : kind == Kind.CLASS ? Access.LOCAL : Access.GLOBAL_IMPLICIT;
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + access;
    }
}
