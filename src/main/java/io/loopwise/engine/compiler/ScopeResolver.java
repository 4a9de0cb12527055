package io.loopwise.engine.compiler;

import io.loopwise.engine.ast.Stmt;
import java.util.List;

/**
 * The second pass of the symbol table (CPython's symtable analyze_block): decides for every name of every scope
 * whether it is a fast local, a cell (captured by an inner function), a free variable, a global or a namespace
 * name, and gives methods that use {@code super()} the implicit {@code __class__} cell.
 */
final class ScopeResolver {
    private ScopeResolver() {
    }


    static void resolve(Scope top, List<Object[]> nonlocalSites) {
        for (Object[] site : nonlocalSites) {
            Scope s = (Scope) site[0];
            String n = (String) site[1];
            Stmt st = (Stmt) site[2];
            if (findDefining(s, n) == null) {
                throw new CompileError("SyntaxError", "no binding for nonlocal '" + n + "' found", st.line(),
                        st.col());
            }
        }
        resolveScope(top);
    }

    /** The nearest enclosing function scope that binds {@code n} locally, or null. */
    private static Scope findDefining(Scope s, String n) {
        for (Scope p = s.parent; p != null && p.kind != Scope.Kind.MODULE; p = p.parent) {
            if (p.kind == Scope.Kind.CLASS) {
                continue;
            }
            if (p.globals.contains(n)) {
                return null;
            }
            if (p.locals().contains(n)) {
                return p;
            }
        }
        return null;
    }

    private static void resolveScope(Scope s) {
        if (s.kind == Scope.Kind.MODULE) {
            for (Scope c : s.children) {
                resolveScope(c);
            }
            return;
        }
        if (s.isFunctionLike() && s.usesSuper) {
            captureClassCell(s);
        }
        if (s.isFunctionLike()) {
            for (String n : s.locals()) {
                s.resolved.putIfAbsent(n, Scope.Access.FAST);
            }
            for (String n : s.globals) {
                s.resolved.put(n, Scope.Access.GLOBAL);
            }
            for (String n : s.nonlocals) {
                capture(s, n);
            }
            for (String n : s.used) {
                if (!s.resolved.containsKey(n)) {
                    if (findDefining(s, n) != null) {
                        capture(s, n);
                    } else {
                        s.resolved.put(n, Scope.Access.GLOBAL);
                    }
                }
            }
        } else {
            for (String n : s.globals) {
                s.resolved.put(n, Scope.Access.GLOBAL);
            }
            for (String n : s.nonlocals) {
                capture(s, n);
            }
            for (String n : s.used) {
                if (!s.resolved.containsKey(n) && !s.assigned.contains(n) && findDefining(s, n) != null) {
                    capture(s, n);
                    s.resolved.put(n, Scope.Access.CLASS_FREE);
                }
            }
        }
        for (Scope c : s.children) {
            resolveScope(c);
        }
    }

    /** Makes {@code n} a cell of its defining scope and a free variable of every scope in between. */
    private static void capture(Scope s, String n) {
        Scope def = findDefining(s, n);
        if (def == null) {
            s.resolved.put(n, Scope.Access.GLOBAL);
            return;
        }
        def.cells.add(n);
        def.resolved.put(n, Scope.Access.CELL);
        for (Scope p = s; p != def; p = p.parent) {
            p.frees.add(n);
            if (p.resolved.get(n) != Scope.Access.CLASS_FREE) {
                p.resolved.put(n, Scope.Access.FREE);
            }
        }
    }

    private static void captureClassCell(Scope s) {
        Scope cls = s.parent;
        while (cls != null && cls.kind != Scope.Kind.CLASS) {
            if (cls.kind == Scope.Kind.MODULE) {
                return;
            }
            cls = cls.parent;
        }
        if (cls == null) {
            return;
        }
        cls.cells.add("__class__");
        for (Scope p = s; p != cls; p = p.parent) {
            p.frees.add("__class__");
            p.resolved.put("__class__", Scope.Access.FREE);
        }
    }
}
