package io.loopwise.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * repr(float) and format() of floats, ints and strs against vectors CPython 3.12 produced
 * ({@code src/test/resources/text/gen_format_vectors.py} holds the command).
 */
class FormatVectorsTest {

    private static List<String[]> vectors() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FormatVectorsTest.class.getResourceAsStream("/text/format-vectors.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    private static String run(String[] row) {
        try {
            switch (row[0]) {
                case "repr": return FloatFormat.repr(bits(row[1]));
                case "float": return SpecFormatter.formatFloat(bits(row[1]), row[2]);
                case "int": return SpecFormatter.formatInt(new BigInteger(row[1]), row[2]);
                default: return SpecFormatter.formatStr(row[1], row[2]);
            }
        } catch (TextError e) {
            return "!" + e.pythonType() + ": " + e.getMessage();
        }
    }

    @Test
    void everyVectorMatchesCPython() throws Exception {
        // given CPython's outputs for thousands of values and specs
        List<String[]> rows = vectors();
        List<String> mismatches = new ArrayList<>();
        // when each is formatted by us
        for (String[] row : rows) {
            String got = run(row);
            if (!got.equals(row[3])) {
                mismatches.add(row[0] + " " + row[1] + " [" + row[2] + "]: expected " + row[3] + " got " + got);
            }
        }
        // then none differs
        assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())));
        assertEquals(true, rows.size() > 10_000, "vector file is complete");
    }

    @Test
    void formatRoundsTheExactBinaryValue() {
        assertEquals("2.67", SpecFormatter.formatFloat(2.675, ".2f"));
        assertEquals("0.12", SpecFormatter.formatFloat(0.125, ".2f"));
        assertEquals("0.30000000000000004", FloatFormat.repr(0.1 + 0.2));
        assertEquals("1e+16", FloatFormat.repr(1e16));
        assertEquals("1e-05", FloatFormat.repr(1e-5));
        assertEquals("2e+23", FloatFormat.repr(2e23));
    }
}
