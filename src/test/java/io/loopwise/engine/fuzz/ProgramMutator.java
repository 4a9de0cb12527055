package io.loopwise.engine.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes hostile programs from a seeded {@link Random}: token soups built from Python's own vocabulary, and
 * mutations of real corpus programs (deleted, duplicated and swapped lines, re-indentation, spliced tokens,
 * truncation, random bytes). Same seed, same programs.
 */
public final class ProgramMutator {

    private static final String[] TOKENS = {
        "async", "def", "await", "class", "return", "yield", "from", "if", "elif", "else", "for", "while", "in", "not",
        "and", "or", "is", "try", "except", "except*", "finally", "raise", "with", "lambda", "global", "nonlocal",
        "del", "pass", "break", "continue", "assert", "import", "None", "True", "False", "asyncio", "asyncio.sleep",
        "asyncio.gather", "asyncio.create_task", "asyncio.run", "asyncio.TaskGroup()", "asyncio.Queue()",
        "asyncio.Lock()", "asyncio.Event()", "asyncio.timeout", "asyncio.wait_for", "time.sleep", "print", "range",
        "len", "x", "y", "main", "self", "__init__", "super()", "0", "1", "-1", "10**10**8", "2.675", "1e308",
        "'s'", "\"t\"", "f'{x}'", "f'{x:.2f}'", "'%d' % 3", "[", "]", "(", ")", "{", "}", ":", ",", ".", ";", "=",
        "==", "+=", "-", "+", "*", "**", "/", "//", "%", "@", "<", ">=", "->", "...", "\\", "#", "\n", "\n    ",
        "\n        ", "\t", "*args", "**kw", "[0]*10**10", "'x'*10**10", "while True:", "async for", "async with",
    };

    private final Random random;

    public ProgramMutator(long seed) {
        this.random = new Random(seed);
    }

    /** A random sequence of Python tokens, often almost valid. */
    public String tokenSoup() {
        int length = 1 + random.nextInt(60);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(TOKENS[random.nextInt(TOKENS.length)]);
            out.append(random.nextInt(4) == 0 ? "" : " ");
        }
        return out.toString();
    }

    /** One to three random edits of {@code program}. */
    public String mutate(String program) {
        String result = program;
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            result = mutateOnce(result);
        }
        return result;
    }

    private String mutateOnce(String program) {
        List<String> lines = new ArrayList<>(Arrays.asList(program.split("\n", -1)));
        switch (random.nextInt(9)) {
            case 0 -> lines.remove(random.nextInt(lines.size()));
            case 1 -> {
                int at = random.nextInt(lines.size());
                lines.add(at, lines.get(at));
            }
            case 2 -> {
                int a = random.nextInt(lines.size());
                int b = random.nextInt(lines.size());
                String line = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, line);
            }
            case 3 -> {
                int at = random.nextInt(lines.size());
                lines.set(at, " ".repeat(random.nextInt(9)) + lines.get(at).strip());
            }
            case 4 -> {
                int at = random.nextInt(lines.size());
                String line = lines.get(at);
                int pos = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
                lines.set(at, line.substring(0, pos) + TOKENS[random.nextInt(TOKENS.length)] + line.substring(pos));
            }
            case 5 -> {
                return program.substring(0, random.nextInt(program.length() + 1));
            }
            case 6 -> {
                return splice(program, randomBytes());
            }
            case 7 -> {
                int from = random.nextInt(program.length() + 1);
                int to = Math.min(program.length(), from + random.nextInt(40));
                return program.substring(0, from) + program.substring(to);
            }
            default -> {
                int at = random.nextInt(lines.size());
                lines.add(at, lines.get(random.nextInt(lines.size())));
            }
        }
        return String.join("\n", lines);
    }

    private String splice(String program, String insert) {
        int pos = random.nextInt(program.length() + 1);
        return program.substring(0, pos) + insert + program.substring(pos);
    }

    /** Control characters, quotes, brackets, surrogate halves and other text a lexer must survive. */
    private String randomBytes() {
        int length = 1 + random.nextInt(12);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0 -> out.append((char) random.nextInt(32));
                case 1 -> out.append("'\"([{}])\\#:".charAt(random.nextInt(11)));
                case 2 -> out.append((char) (0xD800 + random.nextInt(0x800)));
                case 3 -> out.append((char) random.nextInt(0x3000));
                default -> out.append((char) (32 + random.nextInt(95)));
            }
        }
        return out.toString();
    }
}
