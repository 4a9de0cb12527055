/**
 * The abstract syntax tree the {@link io.loopwise.engine.syntax.Parser} produces and the compiler consumes.
 *
 * <p>Conventions:
 * <ul>
 *   <li>Nodes are immutable Java records; {@link io.loopwise.engine.ast.Stmt} and {@link io.loopwise.engine.ast.Expr}
 *       are sealed, so a compiler {@code switch} over them is checked for exhaustiveness.</li>
 *   <li>Every positioned node starts with {@code int line, int col}: 1-based line, 1-based column (in UTF-16
 *       chars) of the node's first character, matching CPython's {@code lineno} and {@code col_offset + 1}.
 *       Helper records without a position in CPython ({@link io.loopwise.engine.ast.Arguments},
 *       {@link io.loopwise.engine.ast.Comprehension}, {@link io.loopwise.engine.ast.WithItem}) carry none.</li>
 *   <li>Lists are never null and are unmodifiable; optional children are {@code null} when absent.</li>
 *   <li>Shapes follow CPython's {@code ast} module where Java allows; differences are deliberate and
 *       documented on the node (async variants are a flag, constants are typed records, defaults sit on
 *       their parameter, no load/store context).</li>
 *   <li>The tree is what was written: no constant folding, no desugaring beyond what CPython's own parser does
 *       (implicit string concatenation, f-string {@code =} expansion, elif as nested If).</li>
 * </ul>
 */
package io.loopwise.engine.ast;
