package io.loopwise.engine;

import java.util.List;

/**
 * An uncaught Python exception (or the reason a program was rejected) as clients see it.
 * {@code exceptions} is null unless the exception is a group; {@code line}/{@code column} are set for rejected programs.
 */
public record ExceptionInfo(String type, String message, String traceback,
                            List<ExceptionInfo> exceptions,
                            Integer line, Integer column) {
}
