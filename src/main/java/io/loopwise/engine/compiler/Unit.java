package io.loopwise.engine.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The compiler's state for one code object being built: its scope, variable slots and block stack. */
final class Unit {
    /** What a break/continue/return has to undo when it leaves a block (CPython's fblockinfo). */
    enum BlockKind { WHILE_LOOP, FOR_LOOP, ASYNC_FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, EXCEPT_HANDLER,
        HANDLER_CLEANUP, WITH, ASYNC_WITH, STAR_HANDLER, POP_VALUE }

    static final class Block {
        final BlockKind kind;
        final CodeBuilder.Label start;
        final CodeBuilder.Label exit;
        final Object datum;
        final int handlerBase;

        Block(BlockKind kind, CodeBuilder.Label start, CodeBuilder.Label exit, Object datum, int handlerBase) {
            this.kind = kind;
            this.start = start;
            this.exit = exit;
            this.datum = datum;
            this.handlerBase = handlerBase;
        }
    }

    final CodeBuilder b = new CodeBuilder();
    final Scope scope;
    final Map<String, Integer> fast = new HashMap<>();
    final List<String> varnames = new ArrayList<>();
    final Map<String, Integer> derefs = new HashMap<>();
    final List<String> cellvars = new ArrayList<>();
    final List<String> freevars = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();
    /** The class whose private names ({@code __x}) are mangled inside this unit, or null. */
    String privateName;
    /** The function's docstring (its {@code __doc__}), or null. */
    String docstring;

    Unit(Scope scope) {
        this.scope = scope;
        for (String p : scope.params) {
            fastIndex(p);
        }
        for (String c : scope.cells) {
            derefs.put(c, cellvars.size());
            cellvars.add(c);
        }
        for (String f : scope.frees) {
            if (!derefs.containsKey(f)) {
                freevars.add(f);
            }
        }
        for (int i = 0; i < freevars.size(); i++) {
            derefs.put(freevars.get(i), cellvars.size() + i);
        }
    }

    int fastIndex(String n) {
        return fast.computeIfAbsent(n, k -> {
            varnames.add(k);
            return varnames.size() - 1;
        });
    }

    int derefIndex(String n) {
        Integer i = derefs.get(n);
        if (i == null) {
            throw new IllegalStateException("no cell for " + n + " in " + scope.qualname);
        }
        return i;
    }

    int[] cellFromArg() {
        int[] r = new int[cellvars.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = scope.params.indexOf(cellvars.get(i));
        }
        return r;
    }
}
