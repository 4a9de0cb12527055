package io.loopwise.catalog.content;

/** Estimates reading time from text at about 200 words per minute, rounded up, at least one minute. */
public final class ReadingTime {

    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    public static int minutes(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letterOrDigit = Character.isLetterOrDigit(text.charAt(i));
            if (letterOrDigit && !inWord) {
                words++;
            }
            inWord = letterOrDigit || (inWord && !Character.isWhitespace(text.charAt(i)));
        }
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
