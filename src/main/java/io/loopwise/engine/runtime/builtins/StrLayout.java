package io.loopwise.engine.runtime.builtins;

/** str.center/ljust/rjust/zfill/expandtabs with CPython's padding rules. */
final class StrLayout {
    private StrLayout() {
    }

    static String center(String s, long width, char fill) {
        long margin = width - s.length();
        if (margin <= 0) {
            return s;
        }
        // CPython's pad(): the odd extra column goes left only when both margin and width are odd
        long left = margin / 2 + (margin & width & 1);
        return pad(s, left, margin - left, fill);
    }

    static String ljust(String s, long width, char fill) {
        return width <= s.length() ? s : pad(s, 0, width - s.length(), fill);
    }

    static String rjust(String s, long width, char fill) {
        return width <= s.length() ? s : pad(s, width - s.length(), 0, fill);
    }

    static String zfill(String s, long width) {
        if (width <= s.length()) {
            return s;
        }
        String padded = pad(s, width - s.length(), 0, '0');
        int fillEnd = (int) (width - s.length());
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            // move the sign in front of the zeros
            return s.charAt(0) + padded.substring(0, fillEnd) + s.substring(1);
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
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return out.toString();
    }

    private static String pad(String s, long left, long right, char fill) {
        StringBuilder out = new StringBuilder((int) (s.length() + left + right));
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
