package io.loopwise.engine.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One scope of the symbol table (CPython's symtable entry): what a name means inside a module, class or function. */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION, COMPREHENSION }

    /** How the compiler reaches a name. */
    enum Access { FAST, CELL, FREE, GLOBAL, NAME, CLASS_FREE }

    final Kind kind;
    final String name;
    final Scope parent;
    final List<String> params = new ArrayList<>();
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    final Set<String> cells = new LinkedHashSet<>();
    final Set<String> frees = new LinkedHashSet<>();
    final List<Scope> children = new ArrayList<>();
    final Map<String, Access> resolved = new HashMap<>();
    boolean isGenerator;
    boolean isCoroutine;
    boolean usesSuper;
    String qualname;

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
    }

    /** Names bound in this function scope (parameters first). */
    Set<String> locals() {
        Set<String> s = new LinkedHashSet<>(params);
        s.addAll(assigned);
        s.removeAll(globals);
        s.removeAll(nonlocals);
        return s;
    }

    Access access(String n) {
        Access a = resolved.get(n);
        if (a != null) {
            return a;
        }
        return kind == Kind.MODULE ? Access.GLOBAL : kind == Kind.CLASS ? Access.NAME : Access.GLOBAL;
    }
}
