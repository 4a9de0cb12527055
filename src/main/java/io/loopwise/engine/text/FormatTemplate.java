package io.loopwise.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a {@code str.format} template into literal text and replacement fields, as CPython's
 * {@code MarkupIterator}, {@code parse_field} and {@code field_name_split} do
 * ({@code Objects/stringlib/unicode_format.h}). Automatic field numbers are resolved here, in the order
 * CPython assigns them (a field before the fields nested in its spec).
 *
 * <p>Parsing never throws: CPython reports template errors only when rendering reaches them, after earlier
 * fields were looked up, so an error becomes a {@link Failure} at the point where CPython would raise it.
 * The runtime renders parts in order and throws {@link Failure#error()} when it meets one.
 */
public final class FormatTemplate {
    private static final int MAX_DEPTH = 2;

    /** A piece of a parsed template. */
    public sealed interface Part permits Literal, Field, Failure {
    }

    /** A step from a field's object: {@code .name} or {@code [key]}. */
    public sealed interface Accessor permits Attribute, Item, Failure {
    }

    /** Text copied to the output ({@code {{}/{@code }}} already unescaped). */
    public record Literal(String text) implements Part {
    }

    /**
     * A replacement field: positional {@code index} (then {@code name} is null) or keyword {@code name} (then
     * index is -1); accessors applied in order; {@code conversion} 0 or the character after '!' (anything other
     * than 'r', 's', 'a' is an error the runtime raises via {@link #unknownConversion}, after the lookup, as
     * CPython does); {@code spec} parts rendered and concatenated form the format spec passed to
     * {@code format()}.
     */
    public record Field(int index, String name, List<Accessor> accessors, char conversion, List<Part> spec)
            implements Part {
    }

    /** {@code .name}. */
    public record Attribute(String name) implements Accessor {
    }

    /** {@code [key]}: {@code index} is the integer when the key is all digits, else -1 and key is a str key. */
    public record Item(String key, int index) implements Accessor {
    }

    /** The error CPython raises when rendering reaches this point. */
    public record Failure(String pythonType, String message) implements Part, Accessor {
        public TextError error() {
            return new TextError(pythonType, message);
        }
    }

    private FormatTemplate() {
    }

    /** ValueError for a conversion other than r, s, a. */
    public static TextError unknownConversion(char c) {
        String shown = c > 32 && c < 127 ? String.valueOf(c) : "\\x" + Integer.toHexString(c);
        return TextError.value("Unknown conversion specifier " + shown);
    }

    public static List<Part> parse(String template) {
        List<Part> out = new ArrayList<>();
        new Parsing(template).parts(0, template.length(), MAX_DEPTH, out);
        return out;
    }

    private static final class Parsing {
        private final String s;
        /** 0 = not decided yet, 1 = automatic, 2 = manual: CPython's AutoNumber state. */
        private int numbering;
        private int nextAuto;

        Parsing(String s) {
            this.s = s;
        }

        private static Failure value(String message) {
            return new Failure("ValueError", message);
        }

        /** Appends the parts of s[start, end); stops after the first failure. Returns false after a failure. */
        boolean parts(int start, int end, int depth, List<Part> out) {
            if (depth <= 0) {
                out.add(value("Max string recursion exceeded"));
                return false;
            }
            int pos = start;
            while (pos < end) {
                int litStart = pos;
                char c = 0;
                boolean markup = false;
                while (pos < end) {
                    c = s.charAt(pos++);
                    if (c == '{' || c == '}') {
                        markup = true;
                        break;
                    }
                }
                boolean atEnd = pos >= end;
                int len = pos - litStart;
                if (markup && c == '}' && (atEnd || s.charAt(pos) != '}')) {
                    addLiteral(out, litStart, litStart + len - 1);
                    out.add(value("Single '}' encountered in format string"));
                    return false;
                }
                if (markup && atEnd && c == '{') {
                    addLiteral(out, litStart, litStart + len - 1);
                    out.add(value("Single '{' encountered in format string"));
                    return false;
                }
                if (markup && !atEnd) {
                    if (s.charAt(pos) == c) {
                        pos++;
                        markup = false;
                    } else {
                        len--;
                    }
                }
                addLiteral(out, litStart, litStart + len);
                if (!markup) {
                    continue;
                }
                pos = field(pos, end, depth, out);
                if (pos < 0) {
                    return false;
                }
            }
            return true;
        }

        private void addLiteral(List<Part> out, int from, int to) {
            if (to > from) {
                out.add(new Literal(s.substring(from, to)));
            }
        }

        /** CPython's parse_field from just after '{'; returns the offset after the field or -1 after a failure. */
        private int field(int pos, int end, int depth, List<Part> out) {
            int nameStart = pos;
            char c = 0;
            boolean stopped = false;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{') {
                    out.add(value("unexpected '{' in field name"));
                    return -1;
                }
                if (c == '[') {
                    while (pos < end && s.charAt(pos) != ']') {
                        pos++;
                    }
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') {
                    stopped = true;
                    break;
                }
            }
            int nameEnd = stopped ? pos - 1 : pos;
            char conversion = 0;
            int specStart = -1;
            int specEnd = -1;
            boolean expand = false;
            if (stopped && (c == '!' || c == ':')) {
                boolean closed = false;
                if (c == '!') {
                    if (pos >= end) {
                        out.add(value("end of string while looking for conversion specifier"));
                        return -1;
                    }
                    conversion = s.charAt(pos++);
                    if (pos < end) {
                        char next = s.charAt(pos++);
                        if (next == '}') {
                            closed = true;
                        } else if (next != ':') {
                            out.add(value("expected ':' after conversion specifier"));
                            return -1;
                        }
                    }
                }
                if (!closed) {
                    specStart = pos;
                    int count = 1;
                    while (pos < end) {
                        char d = s.charAt(pos++);
                        if (d == '{') {
                            expand = true;
                            count++;
                        } else if (d == '}' && --count == 0) {
                            specEnd = pos - 1;
                            break;
                        }
                    }
                    if (specEnd < 0) {
                        out.add(value("unmatched '{' in format spec"));
                        return -1;
                    }
                }
            } else if (!(stopped && c == '}')) {
                out.add(value("expected '}' before end of string"));
                return -1;
            }
            Part f = fieldName(nameStart, nameEnd, conversion, specStart, specEnd, expand, depth);
            out.add(f);
            return f instanceof Failure ? -1 : pos;
        }

        /** CPython's field_name_split plus the spec; a Failure when numbering is inconsistent. */
        private Part fieldName(int start, int end, char conversion, int specStart, int specEnd, boolean expand,
                               int depth) {
            int i = start;
            while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
                i++;
            }
            String first = s.substring(start, i);
            int index = integer(first);
            if (index == -2) {
                return value("Too many decimal digits in format string");
            }
            boolean empty = first.isEmpty();
            if (empty || index >= 0) {
                if (numbering == 0) {
                    numbering = empty ? 1 : 2;
                }
                if (numbering == 2 && empty) {
                    return value("cannot switch from manual field specification to automatic field numbering");
                }
                if (numbering == 1 && !empty) {
                    return value("cannot switch from automatic field numbering to manual field specification");
                }
                if (empty) {
                    index = nextAuto++;
                }
            }
            List<Accessor> accessors = accessors(i, end);
            List<Part> spec = new ArrayList<>();
            if (specStart >= 0 && specEnd > specStart) {
                if (expand) {
                    parts(specStart, specEnd, depth - 1, spec);
                } else {
                    spec.add(new Literal(s.substring(specStart, specEnd)));
                }
            }
            return new Field(index, index >= 0 ? null : first, List.copyOf(accessors), conversion, List.copyOf(spec));
        }

        /** The accessor chain; a trailing Failure where CPython's FieldNameIterator would raise. */
        private List<Accessor> accessors(int i, int end) {
            List<Accessor> out = new ArrayList<>();
            while (i < end) {
                char c = s.charAt(i++);
                int start = i;
                if (c == '.') {
                    while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
                        i++;
                    }
                    if (i == start) {
                        out.add(value("Empty attribute in format string"));
                        return out;
                    }
                    out.add(new Attribute(s.substring(start, i)));
                } else if (c == '[') {
                    while (i < end && s.charAt(i) != ']') {
                        i++;
                    }
                    if (i >= end) {
                        out.add(value("Missing ']' in format string"));
                        return out;
                    }
                    String key = s.substring(start, i);
                    i++;
                    if (key.isEmpty()) {
                        out.add(value("Empty attribute in format string"));
                        return out;
                    }
                    int idx = integer(key);
                    if (idx == -2) {
                        out.add(value("Too many decimal digits in format string"));
                        return out;
                    }
                    out.add(new Item(key, idx));
                } else {
                    out.add(value("Only '.' or '[' may follow ']' in format field specifier"));
                    return out;
                }
            }
            return out;
        }

        /** The value of an all-digit string, -1 when not all digits (or empty), -2 on overflow. */
        private static int integer(String t) {
            if (t.isEmpty()) {
                return -1;
            }
            long v = 0;
            for (int k = 0; k < t.length(); k++) {
                char d = t.charAt(k);
                if (d < '0' || d > '9') {
                    return -1;
                }
                v = v * 10 + (d - '0');
                if (v > Integer.MAX_VALUE) {
                    return -2;
                }
            }
            return (int) v;
        }
    }
}
