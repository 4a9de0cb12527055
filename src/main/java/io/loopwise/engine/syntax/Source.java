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

    int line(int offset) {
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
        return lo + 1;
    }

    int col(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    int lineStart(int line) {
        return lineStarts[line - 1];
    }
}
