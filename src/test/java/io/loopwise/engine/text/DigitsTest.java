package io.loopwise.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The double-arithmetic fast paths must always agree with exact decimal arithmetic. */
class DigitsTest {

    private static double sample(Random r) {
        switch (r.nextInt(4)) {
            case 0:
                return Double.longBitsToDouble(r.nextLong() & Long.MAX_VALUE);
            case 1:
                return Math.round(r.nextDouble() * 1e6) / Math.pow(10, r.nextInt(8));
            case 2:
                return r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
            default:
                return (r.nextInt(2_000_000) + 1) / 1000.0 + r.nextInt(3) * 0.005;
        }
    }

    @Test
    void fastPathsAgreeWithExactArithmetic() {
        // given many doubles shaped like the ones programs print
        Random r = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            double a = Math.abs(sample(r));
            if (a == 0 || Double.isNaN(a) || Double.isInfinite(a)) {
                continue;
            }
            // when digits are produced with and without the fast paths, then they agree
            assertEquals(Digits.shortestExact(a), Digits.shortest(a), () -> "shortest " + a);
            int n = 1 + r.nextInt(14);
            assertEquals(Digits.significantExact(a, n), Digits.significant(a, n), () -> "significant " + a + " " + n);
            int f = r.nextInt(12);
            assertEquals(Digits.fixedExact(a, f), Digits.fixed(a, f), () -> "fixed " + a + " " + f);
        }
    }
}
