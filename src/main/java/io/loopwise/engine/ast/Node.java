package io.loopwise.engine.ast;

/** Anything in the tree that has a source position: 1-based line and 1-based column of its first character. */
public interface Node {
    int line();

    int col();
}
