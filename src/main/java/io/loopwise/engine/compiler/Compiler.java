package io.loopwise.engine.compiler;

import io.loopwise.engine.ast.Alias;
import io.loopwise.engine.ast.ExceptHandler;
import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Module;
import io.loopwise.engine.ast.Stmt;
import io.loopwise.engine.ast.WithItem;
import io.loopwise.engine.runtime.ModuleRegistry;
import io.loopwise.engine.runtime.PyStr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles a parsed module to a {@link CodeObject} (CPython's compile.c in miniature): scopes are resolved first
 * ({@link ScopeAnalyzer}); statements become instructions, with finally bodies inlined on every exit path and
 * each instruction tagged with its exception handler.
 */
public final class Compiler extends ExpressionCompiler {

    private Compiler(Map<Object, Scope> scopes) {
        super(scopes);
    }

    /** Compiles {@code module}; throws {@link CompileError} for programs CPython or the sandbox rejects. */
    public static CodeObject compile(Module module) {
        Map<Object, Scope> scopes = ScopeAnalyzer.analyze(module);
        Compiler c = new Compiler(scopes);
        Scope top = scopes.get(module);
        c.u = new Unit(top);
        c.stmts(module.body());
        c.loadNone();
        c.emit(Opcode.RETURN_VALUE);
        return c.u.b.build("<module>", "<module>", 0, c.u.varnames.toArray(new String[0]), new String[0],
                new String[0], new int[0], 0, 0, 0, 1);
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        b().setLine(s.line());
        if (s instanceof Stmt.ExprStmt) {
            Expr v = ((Stmt.ExprStmt) s).value();
            if (v instanceof Expr.StrConst || v instanceof Expr.IntConst || v instanceof Expr.NoneConst
                    || v instanceof Expr.EllipsisConst) {
                return;
            }
            expr(v);
            emit(Opcode.POP_TOP);
        } else if (s instanceof Stmt.Assign) {
            Stmt.Assign a = (Stmt.Assign) s;
            expr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) {
                    emit(Opcode.COPY, 1);
                }
                store(a.targets().get(i));
            }
        } else if (s instanceof Stmt.AugAssign) {
            augAssign((Stmt.AugAssign) s);
        } else if (s instanceof Stmt.AnnAssign) {
            Stmt.AnnAssign a = (Stmt.AnnAssign) s;
            if (a.value() != null) {
                expr(a.value());
                store(a.target());
            }
        } else if (s instanceof Stmt.If) {
            Stmt.If i = (Stmt.If) s;
            CodeBuilder.Label orelse = new CodeBuilder.Label();
            CodeBuilder.Label end = new CodeBuilder.Label();
            expr(i.test());
            b().jump(Opcode.POP_JUMP_IF_FALSE, orelse);
            stmts(i.body());
            if (!i.orelse().isEmpty()) {
                if (b().reachable()) {
                    b().jump(Opcode.JUMP, end);
                }
                b().bind(orelse);
                stmts(i.orelse());
            } else {
                b().bind(orelse);
            }
            b().bind(end);
        } else if (s instanceof Stmt.While) {
            whileLoop((Stmt.While) s);
        } else if (s instanceof Stmt.For) {
            forLoop((Stmt.For) s);
        } else if (s instanceof Stmt.Break) {
            breakOrContinue(s, true);
        } else if (s instanceof Stmt.Continue) {
            breakOrContinue(s, false);
        } else if (s instanceof Stmt.Return) {
            returnStmt((Stmt.Return) s);
        } else if (s instanceof Stmt.Pass || s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            return;
        } else if (s instanceof Stmt.FunctionDef) {
            functionDef((Stmt.FunctionDef) s);
        } else if (s instanceof Stmt.ClassDef) {
            classDef((Stmt.ClassDef) s);
        } else if (s instanceof Stmt.Raise) {
            Stmt.Raise r = (Stmt.Raise) s;
            int n = 0;
            if (r.exc() != null) {
                expr(r.exc());
                n = 1;
                if (r.cause() != null) {
                    expr(r.cause());
                    n = 2;
                }
            }
            b().setLine(s.line());
            emit(Opcode.RAISE_VARARGS, n);
        } else if (s instanceof Stmt.Assert) {
            Stmt.Assert a = (Stmt.Assert) s;
            CodeBuilder.Label end = new CodeBuilder.Label();
            expr(a.test());
            b().jump(Opcode.POP_JUMP_IF_TRUE, end);
            emit(Opcode.LOAD_ASSERTION_ERROR);
            if (a.msg() != null) {
                expr(a.msg());
                emit(Opcode.CALL, 1);
            }
            b().setLine(s.line());
            emit(Opcode.RAISE_VARARGS, 1);
            b().bind(end);
        } else if (s instanceof Stmt.Delete) {
            for (Expr t : ((Stmt.Delete) s).targets()) {
                delete(t);
            }
        } else if (s instanceof Stmt.Import) {
            for (Alias a : ((Stmt.Import) s).names()) {
                checkImport(a.name(), s);
                emit(Opcode.IMPORT_NAME, b().nameIndex(a.name()));
                storeName(a.asName() != null ? a.asName() : a.name().split("\\.")[0]);
            }
        } else if (s instanceof Stmt.ImportFrom) {
            Stmt.ImportFrom f = (Stmt.ImportFrom) s;
            if (f.level() > 0 || f.module() == null) {
                throw new CompileError("ImportError", "relative imports are not supported in the sandbox", s.line(),
                        s.col());
            }
            checkImport(f.module(), s);
            emit(Opcode.IMPORT_NAME, b().nameIndex(f.module()));
            for (Alias a : f.names()) {
                if (a.name().equals("*")) {
                    throw new CompileError("NotImplementedError", "'from " + f.module()
                            + " import *' is not supported in the sandbox", s.line(), s.col());
                }
                emit(Opcode.IMPORT_FROM, b().nameIndex(a.name()));
                storeName(a.asName() != null ? a.asName() : a.name());
            }
            emit(Opcode.POP_TOP);
        } else if (s instanceof Stmt.Try) {
            Stmt.Try t = (Stmt.Try) s;
            if (!t.finalbody().isEmpty()) {
                tryFinally(t);
            } else {
                tryExcept(t);
            }
        } else if (s instanceof Stmt.With) {
            Stmt.With w = (Stmt.With) s;
            if (w.isAsync() && !u.scope.isCoroutine) {
                throw syntaxError("'async with' outside async function", s);
            }
            with(w, 0);
        } else {
            throw syntaxError("unsupported statement", s);
        }
    }

    private void checkImport(String module, Stmt at) {
        if (!ModuleRegistry.isKnown(module)) {
            throw new CompileError("ImportError", "import of '" + module + "' is not supported in the sandbox"
                    + " (available: " + String.join(", ", ModuleRegistry.names()) + ")", at.line(), at.col());
        }
    }

    private void augAssign(Stmt.AugAssign a) {
        int op = a.op().ordinal();
        Expr t = a.target();
        if (t instanceof Expr.Name) {
            expr(t);
            expr(a.value());
            b().setLine(a.line());
            emit(Opcode.INPLACE_OP, op);
            storeName(((Expr.Name) t).id());
        } else if (t instanceof Expr.Attribute) {
            Expr.Attribute at = (Expr.Attribute) t;
            checkAttribute(at.attr(), at);
            expr(at.value());
            emit(Opcode.COPY, 1);
            emit(Opcode.LOAD_ATTR, b().nameIndex(at.attr()));
            expr(a.value());
            b().setLine(a.line());
            emit(Opcode.INPLACE_OP, op);
            emit(Opcode.SWAP, 2);
            emit(Opcode.STORE_ATTR, b().nameIndex(at.attr()));
        } else if (t instanceof Expr.Subscript) {
            Expr.Subscript sub = (Expr.Subscript) t;
            expr(sub.value());
            expr(sub.slice());
            emit(Opcode.COPY, 2);
            emit(Opcode.COPY, 2);
            emit(Opcode.BINARY_SUBSCR);
            expr(a.value());
            b().setLine(a.line());
            emit(Opcode.INPLACE_OP, op);
            emit(Opcode.SWAP, 3);
            emit(Opcode.SWAP, 2);
            emit(Opcode.STORE_SUBSCR);
        } else {
            throw syntaxError("'" + "expression" + "' is an illegal expression for augmented assignment", a);
        }
    }

    private void delete(Expr t) {
        if (t instanceof Expr.Name) {
            deleteName(((Expr.Name) t).id());
        } else if (t instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) t;
            checkAttribute(a.attr(), a);
            expr(a.value());
            emit(Opcode.DELETE_ATTR, b().nameIndex(a.attr()));
        } else if (t instanceof Expr.Subscript) {
            Expr.Subscript s = (Expr.Subscript) t;
            expr(s.value());
            expr(s.slice());
            emit(Opcode.DELETE_SUBSCR);
        } else if (t instanceof Expr.TupleExpr) {
            for (Expr e : ((Expr.TupleExpr) t).elts()) {
                delete(e);
            }
        } else if (t instanceof Expr.ListExpr) {
            for (Expr e : ((Expr.ListExpr) t).elts()) {
                delete(e);
            }
        } else {
            throw syntaxError("cannot delete expression", t);
        }
    }

    // ---- blocks ----

    private Unit.Block pushBlock(Unit.BlockKind kind, CodeBuilder.Label start, CodeBuilder.Label exit, Object datum) {
        Unit.Block blk = new Unit.Block(kind, start, exit, datum, b().handlerStack.size());
        u.blocks.add(blk);
        return blk;
    }

    private void popBlock() {
        u.blocks.remove(u.blocks.size() - 1);
    }

    private void whileLoop(Stmt.While w) {
        CodeBuilder.Label start = new CodeBuilder.Label();
        CodeBuilder.Label orelse = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        b().bind(start);
        boolean infinite = w.test() instanceof Expr.BoolConst && ((Expr.BoolConst) w.test()).value();
        if (!infinite) {
            expr(w.test());
            b().jump(Opcode.POP_JUMP_IF_FALSE, orelse);
        }
        pushBlock(Unit.BlockKind.WHILE_LOOP, start, end, null);
        stmts(w.body());
        popBlock();
        if (b().reachable()) {
            b().setLine(w.line());
            b().jump(Opcode.JUMP, start);
        }
        b().bind(orelse);
        stmts(w.orelse());
        b().bind(end);
    }

    private void forLoop(Stmt.For f) {
        CodeBuilder.Label start = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        expr(f.iter());
        if (f.isAsync()) {
            if (!u.scope.isCoroutine) {
                throw syntaxError("'async for' outside async function", f);
            }
            emit(Opcode.GET_AITER);
        } else {
            emit(Opcode.GET_ITER);
        }
        b().bind(start);
        b().setLine(f.line());
        if (f.isAsync()) {
            asyncNext(cleanup);
        } else {
            b().jump(Opcode.FOR_ITER, cleanup);
        }
        store(f.target());
        pushBlock(f.isAsync() ? Unit.BlockKind.ASYNC_FOR_LOOP : Unit.BlockKind.FOR_LOOP, start, end, null);
        stmts(f.body());
        popBlock();
        if (b().reachable()) {
            b().setLine(f.line());
            b().jump(Opcode.JUMP, start);
        }
        b().bind(cleanup);
        if (f.isAsync()) {
            emit(Opcode.END_ASYNC_FOR);
        }
        stmts(f.orelse());
        b().bind(end);
    }

    private void breakOrContinue(Stmt s, boolean isBreak) {
        int loop = -1;
        for (int i = u.blocks.size() - 1; i >= 0; i--) {
            Unit.BlockKind k = u.blocks.get(i).kind;
            if (k == Unit.BlockKind.WHILE_LOOP || k == Unit.BlockKind.FOR_LOOP || k == Unit.BlockKind.ASYNC_FOR_LOOP) {
                loop = i;
                break;
            }
            if (k == Unit.BlockKind.STAR_HANDLER) {
                throw syntaxError("'break', 'continue' and 'return' cannot appear in an except* block", s);
            }
        }
        if (loop < 0) {
            throw syntaxError(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
        }
        Unit.Block target = u.blocks.get(loop);
        List<Unit.Block> savedBlocks = new ArrayList<>(u.blocks);
        List<Integer> savedHandlers = new ArrayList<>(b().handlerStack);
        int savedDepth = b().depth();
        for (int i = u.blocks.size() - 1; i > loop; i--) {
            unwind(u.blocks.get(i), false);
        }
        if (isBreak) {
            unwind(target, false);
            b().jump(Opcode.JUMP, target.exit);
        } else {
            b().jump(Opcode.JUMP, target.start);
        }
        restore(savedBlocks, savedHandlers);
        b().setDepth(savedDepth);
    }

    private void returnStmt(Stmt.Return r) {
        if (!u.scope.isFunctionLike()) {
            throw syntaxError("'return' outside function", r);
        }
        if (r.value() != null && u.scope.isGenerator && u.scope.isCoroutine) {
            throw syntaxError("'return' with value in async generator", r);
        }
        for (Unit.Block blk : u.blocks) {
            if (blk.kind == Unit.BlockKind.STAR_HANDLER) {
                throw syntaxError("'break', 'continue' and 'return' cannot appear in an except* block", r);
            }
        }
        if (r.value() != null) {
            expr(r.value());
        } else {
            loadNone();
        }
        List<Unit.Block> savedBlocks = new ArrayList<>(u.blocks);
        List<Integer> savedHandlers = new ArrayList<>(b().handlerStack);
        int savedDepth = b().depth();
        for (int i = u.blocks.size() - 1; i >= 0; i--) {
            unwind(u.blocks.get(i), true);
        }
        b().setLine(r.line());
        emit(Opcode.RETURN_VALUE);
        restore(savedBlocks, savedHandlers);
        b().setDepth(savedDepth - 1);
    }

    private void restore(List<Unit.Block> blocks, List<Integer> handlers) {
        u.blocks.clear();
        u.blocks.addAll(blocks);
        b().handlerStack.clear();
        b().handlerStack.addAll(handlers);
    }

    /** Emits what leaving {@code blk} early requires; {@code preserveTos} keeps a return value on top. */
    private void unwind(Unit.Block blk, boolean preserveTos) {
        u.blocks.remove(blk);
        while (b().handlerStack.size() > blk.handlerBase) {
            b().popHandler();
        }
        switch (blk.kind) {
            case FOR_LOOP:
            case ASYNC_FOR_LOOP:
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Opcode.POP_TOP);
                break;
            case FINALLY_TRY:
                @SuppressWarnings("unchecked")
                List<Stmt> body = (List<Stmt>) blk.datum;
                int line = b().line();
                stmts(body);
                b().setLine(line);
                break;
            case FINALLY_END:
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Opcode.POP_TOP);
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Opcode.POP_EXCEPT);
                break;
            case EXCEPT_HANDLER:
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Opcode.POP_EXCEPT);
                break;
            case HANDLER_CLEANUP:
                loadNone();
                storeName((String) blk.datum);
                deleteName((String) blk.datum);
                break;
            case WITH:
            case ASYNC_WITH:
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Opcode.WITH_EXIT_NORMAL);
                if (blk.kind == Unit.BlockKind.ASYNC_WITH) {
                    awaitTos();
                }
                emit(Opcode.POP_TOP);
                break;
            default:
                break;
        }
    }

    // ---- try ----

    private void tryFinally(Stmt.Try t) {
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

    private void tryExcept(Stmt.Try t) {
        if (t.isStar()) {
            tryStar(t);
            return;
        }
        CodeBuilder.Label handler = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
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

    /** {@code try/except*}: split the group clause by clause, then raise what is left (CPython's _PyExc_PrepReraiseStar). */
    private void tryStar(Stmt.Try t) {
        CodeBuilder.Label handler = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
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
        emit(Opcode.PUSH_EXC_INFO);           // [prev, exc]
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

    private void with(Stmt.With w, int index) {
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

    // ---- definitions ----

    private void functionDef(Stmt.FunctionDef f) {
        for (Expr d : f.decorators()) {
            expr(d);
        }
        b().setLine(f.line());
        makeFunction(f, f.args(), () -> {
            b().setLine(f.line());
            stmts(f.body());
            if (b().reachable()) {
                loadNone();
                emit(Opcode.RETURN_VALUE);
            }
        });
        for (int i = 0; i < f.decorators().size(); i++) {
            emit(Opcode.CALL, 1);
        }
        storeName(f.name());
    }

    private void classDef(Stmt.ClassDef c) {
        if (!c.keywords().isEmpty()) {
            throw new CompileError("NotImplementedError", "class keywords (metaclass=...) are not supported",
                    c.line(), c.col());
        }
        for (Expr d : c.decorators()) {
            expr(d);
        }
        b().setLine(c.line());
        Scope scope = scopes.get(c);
        CodeObject body = compileUnit(scope, () -> {
            b().setLine(c.line());
            loadConst(PyStr.of("__main__"));
            storeName("__module__");
            loadConst(PyStr.of(scope.qualname));
            storeName("__qualname__");
            stmts(c.body());
            if (scope.cells.contains("__class__")) {
                emit(Opcode.LOAD_CLOSURE, u.derefIndex("__class__"));
            } else {
                loadNone();
            }
            emit(Opcode.RETURN_VALUE);
        }, null);
        emitClosure(body, 0);
        loadConst(PyStr.of(c.name()));
        for (Expr base : c.bases()) {
            if (base instanceof Expr.Starred) {
                throw new CompileError("NotImplementedError", "starred class bases are not supported", c.line(),
                        c.col());
            }
            expr(base);
        }
        b().setLine(c.line());
        emit(Opcode.BUILD_CLASS, c.bases().size());
        for (int i = 0; i < c.decorators().size(); i++) {
            emit(Opcode.CALL, 1);
        }
        storeName(c.name());
    }
}
