package io.loopwise.engine.runtime.builtins;

/**
 * str.center/ljust/rjust/zfill/expandtabs with CPython's padding rules. Widths and columns count code points, so
 * an emoji is one character wide, as in Python; the fill may be any one character (an emoji too).
 */
final class StrLayout {
    private StrLayout() {
    }

    static String center(String s, long width, String fill) {
        long margin = width - StrSearch.length(s);
        if (margin <= 0) {
            return s;
        }
        // CPython's pad(): the odd extra column goes left only when both margin and width are odd
        long left = margin / 2 + (margin & width & 1);
        return pad(s, left, margin - left, fill);
    }

    static String ljust(String s, long width, String fill) {
        long margin = width - StrSearch.length(s);
        return margin <= 0 ? s : pad(s, 0, margin, fill);
    }

    static String rjust(String s, long width, String fill) {
        long margin = width - StrSearch.length(s);
        return margin <= 0 ? s : pad(s, margin, 0, fill);
    }

    static String zfill(String s, long width) {
        long margin = width - StrSearch.length(s);
        if (margin <= 0) {
            return s;
        }
        String padded = pad(s, margin, 0, "0");
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            // move the sign in front of the zeros
            return s.charAt(0) + padded.substring(0, (int) margin) + s.substring(1);
        }
        return padded;
    }

    static String expandtabs(String s, long tabsize) {
        StringBuilder out = new StringBuilder(s.length());
        long column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    for (long k = 0; k < spaces; k++) {
                        out.append(' ');
                    }
                    column += spaces;
                }
            } else {
                out.append(c);
                if (c == '\n' || c == '\r') {
                    column = 0;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
        }
        return out.toString();
    }

    private static String pad(String s, long left, long right, String fill) {
        StringBuilder out = new StringBuilder((int) (s.length() + (left + right) * fill.length()));
        for (long i = 0; i < left; i++) {
            out.append(fill);
        }
        out.append(s);
        for (long i = 0; i < right; i++) {
            out.append(fill);
        }
        return out.toString();
    }
}
