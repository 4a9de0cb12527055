package io.loopwise.sandbox.chart;

import java.util.Locale;

/**
 * Appends SVG markup with every piece of text and every attribute value escaped for XML, and characters XML 1.0
 * cannot carry at all (most control characters, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD, so a learner's
 * printed text can never break or inject into the document.
 */
final class SvgWriter {

    private final StringBuilder out = new StringBuilder(8192);

    /** Opens an element; {@code attributes} alternate name, value. */
    SvgWriter open(String name, Object... attributes) {
        start(name, attributes);
        out.append('>');
        return this;
    }

    /** A self-closing element. */
    SvgWriter empty(String name, Object... attributes) {
        start(name, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    SvgWriter text(String name, String text, Object... attributes) {
        start(name, attributes);
        out.append('>');
        escape(text);
        out.append("</").append(name).append('>');
        return this;
    }

    SvgWriter close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    SvgWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void start(String name, Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            Object value = attributes[i + 1];
            escape(value instanceof Double d ? number(d) : String.valueOf(value));
            out.append('"');
        }
    }

    /** A coordinate with at most two decimals and no exponent. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
    }

    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
