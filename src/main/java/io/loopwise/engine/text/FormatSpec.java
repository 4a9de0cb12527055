package io.loopwise.engine.text;

/**
 * A parsed standard format specifier, {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]},
 * exactly as CPython's {@code parse_internal_render_format_spec} ({@code Python/formatter_unicode.c}) reads it.
 * Character fields are 0 when absent; width and precision are -1 when absent; fill is a code point.
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, int width,
                         char grouping, int precision, char type, boolean fillSpecified) {

    /**
     * Parses {@code spec} for an object of Python type {@code typeName} ("int", "float", "str"...);
     * {@code defaultAlign} is '>' for numbers and '<' for strings; {@code defaultType} is the type assumed when
     * none is written ('d' for int, 's' for str, 0 for float).
     */
    public static FormatSpec parse(String spec, String typeName, char defaultAlign, char defaultType) {
        int[] cp = spec.codePoints().toArray();
        int end = cp.length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            align = (char) cp[pos + 1];
            fill = cp[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            align = (char) cp[pos];
            alignSpecified = true;
            pos++;
        }
        char sign = 0;
        if (pos < end && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
            sign = (char) cp[pos++];
        }
        boolean noNegZero = false;
        if (pos < end && cp[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < end && cp[pos] == '#') {
            alternate = true;
            pos++;
        }
        if (!fillSpecified && pos < end && cp[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int start = pos;
        int width = integer(cp, pos, end);
        pos = skipDigits(cp, pos, end);
        if (pos == start) {
            width = -1;
        }
        char grouping = 0;
        if (pos < end && cp[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < end && cp[pos] == '_') {
            if (grouping != 0) {
                throw TextError.value("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < end && cp[pos] == ',' && grouping == '_') {
            throw TextError.value("Cannot specify both ',' and '_'.");
        }
        int precision = -1;
        if (pos < end && cp[pos] == '.') {
            pos++;
            start = pos;
            precision = integer(cp, pos, end);
            pos = skipDigits(cp, pos, end);
            if (pos == start) {
                throw TextError.value("Format specifier missing precision");
            }
        }
        if (end - pos > 1) {
            throw TextError.value("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        char type = defaultType;
        if (end - pos == 1) {
            type = cp[pos] < 0x10000 ? (char) cp[pos] : '\uFFFF';
        }
        if (grouping != 0) {
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == '_') {
                        break;
                    }
                    // fall through: ',' is not allowed with these
                default:
                    throw TextError.value("Cannot specify '" + grouping + "' with '" + type + "'.");
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, precision, type,
                fillSpecified);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static int skipDigits(int[] cp, int pos, int end) {
        while (pos < end && cp[pos] >= '0' && cp[pos] <= '9') {
            pos++;
        }
        return pos;
    }

    private static int integer(int[] cp, int pos, int end) {
        long v = 0;
        while (pos < end && cp[pos] >= '0' && cp[pos] <= '9') {
            v = v * 10 + (cp[pos++] - '0');
            if (v > Integer.MAX_VALUE) {
                throw TextError.value("Too many decimal digits in format string");
            }
        }
        return (int) v;
    }
}
