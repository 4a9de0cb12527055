package io.loopwise.engine.syntax;

import io.loopwise.engine.ast.Expr;

/** Validates assignment and deletion targets with CPython's messages ({@code _PyPegen_get_invalid_target}). */
final class Targets {
    private Targets() {
    }

    /** How CPython names an expression that cannot be assigned to, e.g. "function call". */
    static String describe(Expr e) {
        if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IntConst || e instanceof Expr.FloatConst || e instanceof Expr.StrConst
                || e instanceof Expr.BytesConst) {
            return "literal";
        } else if (e instanceof Expr.BoolConst b) {
            return b.value() ? "True" : "False";
        } else if (e instanceof Expr.NoneConst) {
            return "None";
        } else if (e instanceof Expr.EllipsisConst) {
            return "ellipsis";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.NamedExpr) {
            return "named expression";
        } else if (e instanceof Expr.Await) {
            return "await expression";
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        } else if (e instanceof Expr.ListComp) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Expr.DictExpr) {
            return "dict literal";
        } else if (e instanceof Expr.SetExpr) {
            return "set display";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Expr.TupleExpr) {
            return "tuple";
        } else if (e instanceof Expr.ListExpr) {
            return "list";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Name) {
            return "name";
        }
        return "expression";
    }

    /** The first sub-expression of a target that cannot be stored to, or null if the target is valid. */
    private static Expr invalid(Expr e) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return null;
        }
        if (e instanceof Expr.Starred s) {
            return invalid(s.value());
        }
        if (e instanceof Expr.TupleExpr t) {
            for (Expr x : t.elts()) {
                Expr bad = invalid(x);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (e instanceof Expr.ListExpr l) {
            for (Expr x : l.elts()) {
                Expr bad = invalid(x);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        return e;
    }

    /**
     * Checks a store target. {@code fromEquals} adds CPython's hint for a whole target in an {@code =}
     * statement ("Maybe you meant '==' instead of '='?").
     */
    static void checkAssign(TokenCursor in, Expr target, boolean fromEquals) {
        if (target instanceof Expr.Starred) {
            throw in.error(target.line(), target.col(), "starred assignment target must be in a list or tuple");
        }
        Expr bad = invalid(target);
        if (bad != null) {
            if (bad instanceof Expr.Yield || bad instanceof Expr.YieldFrom) {
                throw in.error(bad.line(), bad.col(), "assignment to yield expression not possible");
            }
            String what = describe(bad);
            String hint = fromEquals && bad == target && isBitwiseOrLevel(bad)
                    ? " here. Maybe you meant '==' instead of '='?" : "";
            throw in.error(bad.line(), bad.col(), "cannot assign to " + what + hint);
        }
        checkStarCount(in, target);
    }

    private static void checkStarCount(TokenCursor in, Expr target) {
        java.util.List<Expr> elts = target instanceof Expr.TupleExpr t ? t.elts()
                : target instanceof Expr.ListExpr l ? l.elts() : null;
        if (elts == null) {
            return;
        }
        int stars = 0;
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) {
                stars++;
            }
            checkStarCount(in, x instanceof Expr.Starred s ? s.value() : x);
        }
        if (stars > 1) {
            throw in.error(target.line(), target.col(), "multiple starred expressions in assignment");
        }
    }

    /**
     * CPython only adds the '==' hint when the target parsed at bitwise-or precedence or tighter (its
     * invalid_named_expression rule): not for comparisons, not/and/or, conditional expressions or lambdas.
     */
    private static boolean isBitwiseOrLevel(Expr e) {
        if (e instanceof Expr.BoolConst || e instanceof Expr.NoneConst) {
            return false;
        }
        if (e instanceof Expr.UnaryOp u && u.op() == io.loopwise.engine.ast.UnaryOperator.NOT) {
            return false;
        }
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr);
    }

    static void checkDelete(TokenCursor in, Expr target) {
        if (target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript) {
            return;
        }
        if (target instanceof Expr.TupleExpr t) {
            for (Expr x : t.elts()) {
                checkDelete(in, x);
            }
            return;
        }
        if (target instanceof Expr.ListExpr l) {
            for (Expr x : l.elts()) {
                checkDelete(in, x);
            }
            return;
        }
        throw in.error(target.line(), target.col(), "cannot delete " + describe(target));
    }

    static void checkAugmented(TokenCursor in, Expr target) {
        if (target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript) {
            return;
        }
        throw in.error(target.line(), target.col(),
                "'" + describe(target) + "' is an illegal expression for augmented assignment");
    }
}
