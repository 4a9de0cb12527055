package io.loopwise.engine;

import io.loopwise.engine.timeline.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Command line: {@code java -cp target/classes io.loopwise.engine.Main FILE...} runs each program with the default
 * limits and prints one {@link ResultJson#cliLine} JSON object per line, in argument order ({@code -} reads stdin).
 * Exit status: 0 when every file could be read, 1 when some could not (their line says why), 2 on a usage error.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command line against the given streams and returns the exit status. */
    static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            stderr.println("usage: java -cp target/classes io.loopwise.engine.Main FILE...");
            stderr.println("runs each Python asyncio program in virtual time; prints one JSON result per line");
            return 2;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        int exitCode = 0;
        for (String file : args) {
            RunResult result;
            try {
                result = Engine.run(readSource(file, stdin), RunLimits.DEFAULTS, new RunControl());
            } catch (UndecodableSourceException e) {
                result = rejected("SyntaxError", e.getMessage(), e.line);
            } catch (IOException e) {
                exitCode = 1;
                result = rejected("OSError", "cannot read " + file + ": " + describe(e), null);
            }
            out.println(ResultJson.cliLine(file, result));
            out.flush();
        }
        return exitCode;
    }

    /** Python source files are UTF-8 (PEP 3120); a leading byte-order mark is allowed and dropped. */
    static String readSource(String file, InputStream stdin) throws IOException {
        byte[] bytes;
        if (file.equals("-")) {
            bytes = stdin.readAllBytes();
        } else {
            bytes = Files.readAllBytes(Path.of(file));
        }
        return decode(bytes);
    }

    static String decode(byte[] bytes) throws UndecodableSourceException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw UndecodableSourceException.at(bytes);
        }
    }

    private static RunResult rejected(String type, String message, Integer line) {
        ExceptionInfo info = new ExceptionInfo(type, message, type + ": " + message, null, line,
                line == null ? null : 1);
        return new RunResult(RunStatus.REJECTED, "", info, null, 0.0, new RunStats(0, 0, 0),
                new Timeline(List.of(), List.of()), List.of());
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The source is not UTF-8; worded like CPython's tokenizer error for the first offending byte. */
    static final class UndecodableSourceException extends IOException {
        final int line;

        private UndecodableSourceException(String message, int line) {
            super(message);
            this.line = line;
        }

        static UndecodableSourceException at(byte[] bytes) {
            int offset = firstInvalidUtf8Offset(bytes);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String hex = String.format("\\x%02x", bytes[offset] & 0xff);
            return new UndecodableSourceException("Non-UTF-8 code starting with '" + hex + "' in file <program> on line " + line
                    + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details", line);
        }

        private static int firstInvalidUtf8Offset(byte[] bytes) {
            int i = 0;
            while (i < bytes.length) {
                int b = bytes[i] & 0xff;
                int extra;
                int min;
                if (b < 0x80) {
                    i++;
                    continue;
                } else if (b >= 0xc2 && b <= 0xdf) {
                    extra = 1;
                    min = 0x80;
                } else if (b >= 0xe0 && b <= 0xef) {
                    extra = 2;
                    min = 0x800;
                } else if (b >= 0xf0 && b <= 0xf4) {
                    extra = 3;
                    min = 0x10000;
                } else {
                    return i;
                }
                if (i + extra >= bytes.length) {
                    return i;
                }
                int code = b & (0x3f >> extra);
                for (int k = 1; k <= extra; k++) {
                    int next = bytes[i + k] & 0xff;
                    if ((next & 0xc0) != 0x80) {
                        return i;
                    }
                    code = (code << 6) | (next & 0x3f);
                }
                if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
                    return i;
                }
                i += extra + 1;
            }
            return 0;
        }
    }
}
