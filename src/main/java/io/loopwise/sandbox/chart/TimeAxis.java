package io.loopwise.sandbox.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A time axis in virtual seconds with "nice" ticks (1, 2 or 5 times a power of ten) covering a run. */
final class TimeAxis {

    private final double end;
    private final double step;

    TimeAxis(double lastTime) {
        double span = lastTime > 0 && Double.isFinite(lastTime) ? lastTime : 1.0;
        this.step = niceStep(span / 6);
        this.end = Math.ceil(span / step - 1e-9) * step;
    }

    /** The axis ends here (at or after the run's last moment). */
    double end() {
        return end;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round(end / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    /** "0 s", "2.5 s", "0.001 s", "1200 s". */
    String label(double seconds) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f s", seconds);
    }

    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
