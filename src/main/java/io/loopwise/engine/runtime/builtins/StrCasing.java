package io.loopwise.engine.runtime.builtins;

import java.util.Locale;

/**
 * str case conversions and character-class predicates (upper/lower/title/capitalize/swapcase, isdigit...) with
 * Python's full case mappings ('ß'.upper() == 'SS') and its definition of cased characters.
 */
final class StrCasing {
    private StrCasing() {
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * str.casefold: lower case, then the folds where Unicode's CaseFolding.txt differs from lowercasing (sharp s,
     * final sigma, long s, micro sign, Greek symbol forms, Latin ligatures), so "Straße".casefold() == "strasse".
     */
    static String casefold(String s) {
        String lower = lower(s);
        StringBuilder out = null;
        for (int i = 0; i < lower.length(); i++) {
            String fold = foldOf(lower.charAt(i));
            if (fold != null && out == null) {
                out = new StringBuilder(lower.length() + 8).append(lower, 0, i);
            }
            if (out != null) {
                if (fold != null) {
                    out.append(fold);
                } else {
                    out.append(lower.charAt(i));
                }
            }
        }
        return out == null ? lower : out.toString();
    }

    private static String foldOf(char c) {
        switch (c) {
            case '\u00df': return "ss";
            case '\u03c2': return "\u03c3";
            case '\u017f': return "s";
            case '\u00b5': return "\u03bc";
            case '\u0149': return "\u02bcn";
            case '\u03d0': return "\u03b2";
            case '\u03d1': return "\u03b8";
            case '\u03d5': return "\u03c6";
            case '\u03d6': return "\u03c0";
            case '\u03f0': return "\u03ba";
            case '\u03f1': return "\u03c1";
            case '\u03f5': return "\u03b5";
            case '\u1e9b': return "\u1e61";
            case '\u1fbe': return "\u03b9";
            case '\ufb00': return "ff";
            case '\ufb01': return "fi";
            case '\ufb02': return "fl";
            case '\ufb03': return "ffi";
            case '\ufb04': return "ffl";
            case '\ufb05': return "st";
            case '\ufb06': return "st";
            default: return null;
        }
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    /** The full title-case mapping of one character ('ß' -> "Ss", 'ﬁ' -> "Fi"). */
    private static String titleOf(int cp) {
        String upper = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
        if (upper.codePointCount(0, upper.length()) > 1) {
            int first = upper.codePointAt(0);
            return new String(Character.toChars(Character.toTitleCase(first)))
                    + upper.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        }
        return new String(Character.toChars(Character.toTitleCase(cp)));
    }

    private static String lowerOf(int cp) {
        return new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
    }

    private static final int CAPITAL_SIGMA = 0x3a3;

    /**
     * Lowercases the character at {@code i} of {@code s}; a capital sigma becomes the final form when it ends a
     * word (CPython's handle_capital_sigma: a cased letter before it, none after it, skipping case-ignorables).
     */
    private static String lowerAt(String s, int i, int cp) {
        if (cp != CAPITAL_SIGMA) {
            return lowerOf(cp);
        }
        boolean casedBefore = false;
        for (int j = i; j > 0; ) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                casedBefore = isCased(c);
                break;
            }
        }
        boolean casedAfter = false;
        for (int j = i + 1; j < s.length(); ) {
            int c = s.codePointAt(j);
            j += Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                casedAfter = isCased(c);
                break;
            }
        }
        return casedBefore && !casedAfter ? "\u03c2" : "\u03c3";
    }

    private static boolean isCaseIgnorable(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.MODIFIER_LETTER || type == Character.MODIFIER_SYMBOL || cp == '\'' || cp == '.'
                || cp == ':' || cp == '^' || cp == '`' || cp == 0xb7 || cp == 0x2019;
    }

    private static String upperOf(int cp) {
        return new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
    }

    static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            out.append(previousCased ? lowerAt(s, i, cp) : titleOf(cp));
            previousCased = isCased(cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        StringBuilder out = new StringBuilder(s.length()).append(titleOf(first));
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            out.append(lowerAt(s, i, cp));
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    static String swapcase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp)) {
                out.append(lowerAt(s, i, cp));
            } else if (Character.isLowerCase(cp)) {
                out.append(upperOf(cp));
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= Character.isUpperCase(cp);
            i += Character.charCount(cp);
        }
        return cased;
    }

    static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= Character.isLowerCase(cp);
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** Uppercase/titlecase characters only after uncased ones, lowercase only after cased ones. */
    static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** Which str.isX predicate to apply to every character (all must match, and the string must be non-empty). */
    enum CharClass {
        DECIMAL, DIGIT, NUMERIC, ALPHA, ALNUM, SPACE, ASCII, PRINTABLE
    }

    static boolean all(String s, CharClass kind) {
        if (s.isEmpty()) {
            return kind == CharClass.ASCII || kind == CharClass.PRINTABLE;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!is(cp, kind)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean is(int cp, CharClass kind) {
        int type = Character.getType(cp);
        switch (kind) {
            case DECIMAL:
                return type == Character.DECIMAL_DIGIT_NUMBER;
            case DIGIT:
                return type == Character.DECIMAL_DIGIT_NUMBER
                        || (type == Character.OTHER_NUMBER && Character.getNumericValue(cp) >= 0
                        && Character.getNumericValue(cp) <= 9);
            case NUMERIC:
                return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.OTHER_NUMBER
                        || type == Character.LETTER_NUMBER || (type == Character.OTHER_LETTER
                        && Character.isIdeographic(cp) && Character.getNumericValue(cp) >= 0) || isCjkNumeral(cp);
            case ALPHA:
                return Character.isLetter(cp);
            case ALNUM:
                return Character.isLetter(cp) || is(cp, CharClass.NUMERIC);
            case SPACE:
                return cp < 0x10000 && StrSplitting.isSpace((char) cp);
            case ASCII:
                return cp < 128;
            case PRINTABLE:
                return cp == ' ' || !(type == Character.CONTROL || type == Character.FORMAT
                        || type == Character.SURROGATE || type == Character.PRIVATE_USE
                        || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR || type == Character.SPACE_SEPARATOR);
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    /** The common CJK numerals that Unicode gives a numeric value (Java does not report them). */
    private static boolean isCjkNumeral(int cp) {
        return "〇一二三四五六七八九十百千万億兆零壹贰叁肆伍陆柒捌玖拾佰仟".indexOf(cp) >= 0;
    }

    /** str.isidentifier: a letter or underscore, then letters, digits or underscores (PEP 3131 approximated). */
    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(first == '_' || Character.isUnicodeIdentifierStart(first))) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!(cp == '_' || Character.isUnicodeIdentifierPart(cp)) || Character.isIdentifierIgnorable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
