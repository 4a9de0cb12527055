package io.loopwise.engine.compiler;

import io.loopwise.engine.ast.Alias;
import io.loopwise.engine.ast.Arguments;
import io.loopwise.engine.ast.BoolOperator;
import io.loopwise.engine.ast.CompareOperator;
import io.loopwise.engine.ast.Comprehension;
import io.loopwise.engine.ast.ExceptHandler;
import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Keyword;
import io.loopwise.engine.ast.Module;
import io.loopwise.engine.ast.Param;
import io.loopwise.engine.ast.Stmt;
import io.loopwise.engine.ast.WithItem;
import io.loopwise.engine.runtime.Attributes;
import io.loopwise.engine.runtime.ModuleRegistry;
import io.loopwise.engine.runtime.Operators;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles try/except/else/finally, except* and (async) with: handler regions in the per-instruction handler
 * table, the exception state pushed and restored around handlers, and finally bodies on every exit path.
 */
abstract class TryCompiler extends BlockCompiler {

    TryCompiler(Map<Object, Scope> scopes) {
        super(scopes);
    }

    // ---- try ----

    void tryFinally(Stmt.Try t) {
        CodeBuilder.Label handler = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        int base = b().depth();
        int h = b().newHandler(handler, base);
        Unit.Block blk = pushBlock(Unit.BlockKind.FINALLY_TRY, null, null, t.finalbody());
        b().pushHandler(h);
        if (!t.handlers().isEmpty()) {
            tryExcept(t);
        } else {
            stmts(t.body());
        }
        b().popHandler();
        u.blocks.remove(blk);
        if (b().reachable()) {
            stmts(t.finalbody());
            b().jump(Opcode.JUMP, end);
        }
        // exceptional path: [exc] -> [prev, exc]
        b().bind(handler);
        emit(Opcode.PUSH_EXC_INFO);
        pushBlock(Unit.BlockKind.FINALLY_END, null, null, null);
        int c = b().newHandler(cleanup, base + 1);
        b().pushHandler(c);
        stmts(t.finalbody());
        if (b().reachable()) {
            emit(Opcode.RERAISE);
        }
        b().popHandler();
        popBlock();
        b().bind(cleanup);
        emit(Opcode.POP_EXCEPT_RERAISE);
        b().bind(end);
        b().setDepth(base);
    }

    void tryExcept(Stmt.Try t) {
        if (t.isStar()) {
            tryStar(t);
            return;
        }
        CodeBuilder.Label handler = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        int base = protectedBody(t, handler, end);
        pushBlock(Unit.BlockKind.EXCEPT_HANDLER, null, null, null);
        int c = b().newHandler(cleanup, base + 1);
        b().pushHandler(c);
        for (int i = 0; i < t.handlers().size(); i++) {
            ExceptHandler eh = t.handlers().get(i);
            b().setLine(eh.line());
            CodeBuilder.Label next = new CodeBuilder.Label();
            if (eh.type() == null && i < t.handlers().size() - 1) {
                throw syntaxError("default 'except:' must be last", eh);
            }
            if (eh.type() != null) {
                expr(eh.type());
                emit(Opcode.CHECK_EXC_MATCH);
                b().jump(Opcode.POP_JUMP_IF_FALSE, next);
            }
            // stack: [prev, exc]
            if (eh.name() != null) {
                storeName(eh.name());
                CodeBuilder.Label nameCleanup = new CodeBuilder.Label();
                pushBlock(Unit.BlockKind.HANDLER_CLEANUP, null, null, eh.name());
                int nc = b().newHandler(nameCleanup, base + 1);
                b().pushHandler(nc);
                stmts(eh.body());
                b().popHandler();
                popBlock();
                if (b().reachable()) {
                    emit(Opcode.POP_EXCEPT);
                    loadNone();
                    storeName(eh.name());
                    deleteName(eh.name());
                    b().jump(Opcode.JUMP, end);
                }
                b().bind(nameCleanup);
                loadNone();
                storeName(eh.name());
                deleteName(eh.name());
                emit(Opcode.RERAISE);
            } else {
                emit(Opcode.POP_TOP);
                stmts(eh.body());
                if (b().reachable()) {
                    emit(Opcode.POP_EXCEPT);
                    b().jump(Opcode.JUMP, end);
                }
            }
            b().bind(next);
            if (i == t.handlers().size() - 1 && eh.type() != null) {
                emit(Opcode.RERAISE);
            }
        }
        b().popHandler();
        popBlock();
        b().bind(cleanup);
        emit(Opcode.POP_EXCEPT_RERAISE);
        b().bind(end);
        b().setDepth(base);
    }

    /**
     * The part {@code try/except} and {@code try/except*} share: the body under a handler, then the {@code else}
     * branch and a jump to {@code end}; leaves {@code handler} bound with the exception info pushed. Returns the
     * stack depth at the {@code try}.
     */
    private int protectedBody(Stmt.Try t, CodeBuilder.Label handler, CodeBuilder.Label end) {
        int base = b().depth();
        int h = b().newHandler(handler, base);
        b().pushHandler(h);
        pushBlock(Unit.BlockKind.TRY_EXCEPT, null, null, null);
        stmts(t.body());
        popBlock();
        b().popHandler();
        if (b().reachable()) {
            stmts(t.orelse());
            if (b().reachable()) {
                b().jump(Opcode.JUMP, end);
            }
        }
        b().bind(handler);
        b().setLine(t.handlers().get(0).line());
        emit(Opcode.PUSH_EXC_INFO);
        return base;
    }

    /** {@code try/except*}: split the group clause by clause, then raise what is left (CPython's _PyExc_PrepReraiseStar). */
    void tryStar(Stmt.Try t) {
        CodeBuilder.Label handler = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        int base = protectedBody(t, handler, end);           // [prev, exc]
        int c = b().newHandler(cleanup, base + 1);
        b().pushHandler(c);
        emit(Opcode.STAR_INIT);               // [prev, orig, rest, raised]
        int starDepth = b().depth();
        for (ExceptHandler eh : t.handlers()) {
            b().setLine(eh.line());
            CodeBuilder.Label next = new CodeBuilder.Label();
            CodeBuilder.Label bodyFailed = new CodeBuilder.Label();
            expr(eh.type());
            emit(Opcode.STAR_MATCH);          // [prev, orig, rest, raised, match|None]
            CodeBuilder.Label noMatch = new CodeBuilder.Label();
            emit(Opcode.COPY, 1);
            b().jump(Opcode.POP_JUMP_IF_NONE, noMatch);
            if (eh.name() != null) {
                storeName(eh.name());
            } else {
                emit(Opcode.POP_TOP);
            }
            int hb = b().newHandler(bodyFailed, starDepth);
            b().pushHandler(hb);
            pushBlock(Unit.BlockKind.STAR_HANDLER, null, null, null);
            stmts(eh.body());
            popBlock();
            b().popHandler();
            if (eh.name() != null && b().reachable()) {
                loadNone();
                storeName(eh.name());
                deleteName(eh.name());
            }
            if (b().reachable()) {
                b().jump(Opcode.JUMP, next);
            }
            b().bind(bodyFailed);             // [prev, orig, rest, raised, exc]
            emit(Opcode.STAR_COLLECT);
            if (eh.name() != null) {
                loadNone();
                storeName(eh.name());
                deleteName(eh.name());
            }
            b().jump(Opcode.JUMP, next);
            b().bind(noMatch);
            emit(Opcode.POP_TOP);
            b().bind(next);
            b().setDepth(starDepth);
        }
        emit(Opcode.STAR_FINISH);             // raises the rest, or leaves [prev]
        emit(Opcode.POP_EXCEPT);
        b().popHandler();
        b().jump(Opcode.JUMP, end);
        b().bind(cleanup);
        emit(Opcode.POP_EXCEPT_RERAISE);
        b().bind(end);
        b().setDepth(base);
    }

    // ---- with ----

    void with(Stmt.With w, int index) {
        WithItem item = w.items().get(index);
        CodeBuilder.Label handler = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label suppress = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        int base = b().depth();
        expr(item.contextExpr());
        b().setLine(w.line());
        if (w.isAsync()) {
            emit(Opcode.BEFORE_ASYNC_WITH);
            awaitTos();
        } else {
            emit(Opcode.BEFORE_WITH);
        }
        // [exit, value]
        int h = b().newHandler(handler, base + 1);
        b().pushHandler(h);
        Unit.Block blk = pushBlock(w.isAsync() ? Unit.BlockKind.ASYNC_WITH : Unit.BlockKind.WITH, null, null, null);
        // the with's own handler must cover the body only; record handler base below it
        u.blocks.remove(blk);
        blk = new Unit.Block(blk.kind, null, null, null, b().handlerStack.size() - 1);
        u.blocks.add(blk);
        if (item.optionalVars() != null) {
            store(item.optionalVars());
        } else {
            emit(Opcode.POP_TOP);
        }
        if (index + 1 < w.items().size()) {
            with(w, index + 1);
        } else {
            stmts(w.body());
        }
        u.blocks.remove(blk);
        b().popHandler();
        if (b().reachable()) {
            b().setLine(w.line());
            emit(Opcode.WITH_EXIT_NORMAL);
            if (w.isAsync()) {
                awaitTos();
            }
            emit(Opcode.POP_TOP);
            b().jump(Opcode.JUMP, end);
        }
        b().bind(handler);                   // [exit, exc]
        b().setLine(w.line());
        emit(Opcode.PUSH_EXC_INFO);          // [exit, prev, exc]
        int c = b().newHandler(cleanup, base + 2);
        b().pushHandler(c);
        emit(Opcode.WITH_EXCEPT_START);      // [exit, prev, exc, result]
        if (w.isAsync()) {
            awaitTos();
        }
        b().jump(Opcode.POP_JUMP_IF_TRUE, suppress);
        emit(Opcode.RERAISE);
        b().popHandler();
        b().bind(suppress);                  // [exit, prev, exc]
        emit(Opcode.POP_TOP);
        emit(Opcode.POP_EXCEPT);
        emit(Opcode.POP_TOP);
        b().jump(Opcode.JUMP, end);
        b().bind(cleanup);
        emit(Opcode.POP_EXCEPT_RERAISE);
        b().bind(end);
        b().setDepth(base);
    }
}
