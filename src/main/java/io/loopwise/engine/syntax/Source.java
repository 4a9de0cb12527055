package io.loopwise.engine.syntax;

import java.util.Arrays;

/** Program text with line breaks normalised to {@code \n} and a table mapping offsets to 1-based line/column. */
final class Source {
    final char[] text;
    private final int[] lineStarts;
    private final int lineCount;

    Source(String program) {
        char[] raw = program.toCharArray();
        int n = 0;
        for (int i = 0; i < raw.length; i++) {
            char c = raw[i];
            if (c == '\r') {
                if (i + 1 < raw.length && raw[i + 1] == '\n') {
                    i++;
                }
                c = '\n';
            }
            raw[n++] = c;
        }
        this.text = n == raw.length ? raw : Arrays.copyOf(raw, n);
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < n; i++) {
            if (text[i] == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = starts;
        this.lineCount = count;
    }

    /** Index of the line found last: lookups come mostly in source order, so it is usually right again. */
    private int hint;

    int line(int offset) {
        int h = hint;
        if (offset >= lineStarts[h] && (h + 1 == lineCount || offset < lineStarts[h + 1])) {
            return h + 1;
        }
        if (h + 2 <= lineCount - 1 && offset >= lineStarts[h + 1] && offset < lineStarts[h + 2]) {
            hint = h + 1;
            return h + 2;
        }
        int lo = 0;
        int hi = lineCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        hint = lo;
        return lo + 1;
    }

    int col(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** Offset of the line break ending the line that contains {@code offset}, or the text length. */
    int lineEnd(int offset) {
        int line = line(offset);
        return line < lineCount ? lineStarts[line] - 1 : text.length;
    }

    int lineStart(int line) {
        return lineStarts[line - 1];
    }
}
