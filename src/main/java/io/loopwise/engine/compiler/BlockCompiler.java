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
 * Compiles loops and the early exits that leave blocks (break, continue, return): each exit undoes the blocks it
 * leaves, inlining finally bodies and with-exits on the way (CPython's fblock stack and compiler_unwind_fblock).
 */
abstract class BlockCompiler extends ExpressionCompiler {

    BlockCompiler(Map<Object, Scope> scopes) {
        super(scopes);
    }

    /** Compiles a statement list (defined by {@link Compiler}). */
    abstract void stmts(List<Stmt> body);

    // ---- blocks ----

    Unit.Block pushBlock(Unit.BlockKind kind, CodeBuilder.Label start, CodeBuilder.Label exit, Object datum) {
        Unit.Block blk = new Unit.Block(kind, start, exit, datum, b().handlerStack.size());
        u.blocks.add(blk);
        return blk;
    }

    void popBlock() {
        u.blocks.remove(u.blocks.size() - 1);
    }

    void whileLoop(Stmt.While w) {
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

    void forLoop(Stmt.For f) {
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
        // CPython finalises a generator as soon as the loop that alone referenced it lets go of it
        boolean ownsIterator = f.iter() instanceof Expr.Call || f.iter() instanceof Expr.GeneratorExp;
        pushBlock(f.isAsync() ? Unit.BlockKind.ASYNC_FOR_LOOP : Unit.BlockKind.FOR_LOOP, start, end,
                ownsIterator);
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

    void breakOrContinue(Stmt s, boolean isBreak) {
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

    void returnStmt(Stmt.Return r) {
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

    void restore(List<Unit.Block> blocks, List<Integer> handlers) {
        u.blocks.clear();
        u.blocks.addAll(blocks);
        b().handlerStack.clear();
        b().handlerStack.addAll(handlers);
    }

    /** Emits what leaving {@code blk} early requires; {@code preserveTos} keeps a return value on top. */
    void unwind(Unit.Block blk, boolean preserveTos) {
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
                if (Boolean.TRUE.equals(blk.datum)) {
                    emit(blk.kind == Unit.BlockKind.FOR_LOOP ? Opcode.POP_ITER_CLOSE : Opcode.POP_AITER_FINALIZE);
                } else {
                    emit(Opcode.POP_TOP);
                }
                break;
            case FINALLY_TRY:
                @SuppressWarnings("unchecked")
                List<Stmt> body = (List<Stmt>) blk.datum;
                int line = b().line();
                Unit.Block pending = preserveTos ? pushBlock(Unit.BlockKind.POP_VALUE, null, null, null) : null;
                stmts(body);
                if (pending != null) {
                    u.blocks.remove(pending);
                }
                b().setLine(line);
                break;
            case POP_VALUE:
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Opcode.POP_TOP);
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
}
