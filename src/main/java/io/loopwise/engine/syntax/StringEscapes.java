package io.loopwise.engine.syntax;

/** Decodes backslash escapes of str and bytes literals the way CPython's string parser does. */
final class StringEscapes {
    private StringEscapes() {
    }

    /**
     * Decodes {@code src[from, to)}; returns null after reporting to {@code errors} when an escape is malformed.
     * Unknown escapes such as {@code \d} are kept verbatim (CPython only warns about them).
     */
    static String decode(char[] src, int from, int to, boolean bytes, ErrorSink errors) {
        int i = indexOfBackslash(src, from, to);
        if (i < 0) {
            return new String(src, from, to - from);
        }
        StringBuilder sb = new StringBuilder(to - from);
        sb.append(src, from, i - from);
        while (i < to) {
            char c = src[i];
            if (c != '\\' || i + 1 >= to) {
                sb.append(c);
                i++;
                continue;
            }
            char e = src[i + 1];
            i += 2;
            switch (e) {
                case '\n': break;
                case '\\': sb.append('\\'); break;
                case '\'': sb.append('\''); break;
                case '"': sb.append('"'); break;
                case 'a': sb.append('\u0007'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'v': sb.append('\u000b'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && src[i] >= '0' && src[i] <= '7'; k++) {
                        v = v * 8 + (src[i++] - '0');
                    }
                    if (bytes) {
                        v &= 0xff;
                    }
                    sb.appendCodePoint(v);
                    break;
                }
                case 'x': {
                    int v = hex(src, i, to, 2);
                    if (v < 0) {
                        errors.error(i - 2, (bytes ? "(value error) invalid \\x escape" : "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\xXX escape"));
                        return null;
                    }
                    sb.append((char) v);
                    i += 2;
                    break;
                }
                case 'u': case 'U': {
                    if (bytes) {
                        sb.append('\\').append(e);
                        break;
                    }
                    int n = e == 'u' ? 4 : 8;
                    int v = hex(src, i, to, n);
                    if (v < 0 || v > 0x10FFFF) {
                        errors.error(i - 2, "(unicode error) 'unicodeescape' codec can't decode bytes: "
                                + (v < 0 ? "truncated \\" + e + (e == 'u' ? "XXXX" : "XXXXXXXX") + " escape" : "illegal Unicode character"));
                        return null;
                    }
                    sb.appendCodePoint(v);
                    i += n;
                    break;
                }
                case 'N': {
                    if (bytes) {
                        sb.append("\\N");
                        break;
                    }
                    int close = -1;
                    if (i < to && src[i] == '{') {
                        for (int k = i + 1; k < to; k++) {
                            if (src[k] == '}') {
                                close = k;
                                break;
                            }
                        }
                    }
                    int cp = -1;
                    if (close > i + 1) {
                        try {
                            cp = Character.codePointOf(new String(src, i + 1, close - i - 1));
                        } catch (IllegalArgumentException notFound) {
                            cp = -1;
                        }
                    }
                    if (cp < 0) {
                        errors.error(i - 2, "(unicode error) 'unicodeescape' codec can't decode bytes: "
                                + (close < 0 ? "malformed \\N character escape" : "unknown Unicode character name"));
                        return null;
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                    break;
                }
                default:
                    sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    private static int indexOfBackslash(char[] src, int from, int to) {
        for (int i = from; i < to; i++) {
            if (src[i] == '\\') {
                return i;
            }
        }
        return -1;
    }

    private static int hex(char[] src, int at, int to, int n) {
        if (at + n > to) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = Character.digit(src[at + k], 16);
            if (d < 0 || src[at + k] > 'f') {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** Where decoding errors go: a source offset and a message. */
    interface ErrorSink {
        void error(int offset, String message);
    }
}
