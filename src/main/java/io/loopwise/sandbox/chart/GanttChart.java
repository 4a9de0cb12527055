package io.loopwise.sandbox.chart;

import io.loopwise.engine.timeline.Segment;
import io.loopwise.engine.timeline.TaskTrack;
import io.loopwise.engine.timeline.Timeline;
import io.loopwise.engine.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a run's timeline as an SVG Gantt chart: one row per task (module-level output gets a row of its own), bars
 * coloured by state (running, waiting, ready), print markers, cancellation requests, and the end of each task
 * marked by its outcome, over a time axis in virtual seconds, with a legend. Hovering a mark shows its detail.
 * The picture scales to its container (viewBox), so the same document serves a phone and a dashboard.
 */
public final class GanttChart {

    static final int MAX_ROWS = 40;
    private static final int WIDTH = 600;
    private static final int LABEL_WIDTH = 112;
    private static final int RIGHT_PAD = 26;
    private static final int TOP = 70;
    private static final int ROW = 38;
    private static final int BAR = 20;
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

    private static final String RUNNING = "#2563eb";
    private static final String WAITING = "#cbd5e1";
    private static final String READY = "#f59e0b";
    private static final String PRINT = "#7c3aed";
    private static final String CANCEL = "#dc2626";
    private static final String COMPLETED = "#16a34a";
    private static final String INK = "#0f172a";
    private static final String MUTED = "#64748b";

    private GanttChart() {
    }

    /** The chart of {@code timeline}; {@code caption} says which run it is (status, virtual time...). */
    public static String render(Timeline timeline, String caption, double virtualTime) {
        List<Row> rows = rows(timeline);
        int shown = Math.min(rows.size(), MAX_ROWS);
        TimeAxis axis = new TimeAxis(Math.max(virtualTime, lastMoment(timeline)));
        double plotLeft = LABEL_WIDTH;
        double plotWidth = WIDTH - LABEL_WIDTH - RIGHT_PAD;
        int bodyHeight = Math.max(shown, 1) * ROW;
        int overflowNote = rows.size() > shown ? 22 : 0;
        int axisTop = TOP + bodyHeight;
        int legendTop = axisTop + 40 + overflowNote;
        int height = legendTop + 62;

        SvgWriter svg = new SvgWriter();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + height,
                "width", WIDTH, "height", height, "role", "img", "aria-labelledby", "title desc",
                "font-family", FONT, "font-size", 15);
        svg.text("title", "Run timeline: " + caption, "id", "title");
        svg.text("desc", rows.size() + " task rows over " + axis.label(axis.end())
                + " of virtual time; bars show when each task was running, waiting or ready.", "id", "desc");
        svg.empty("rect", "width", WIDTH, "height", height, "fill", "#ffffff");
        svg.text("text", caption, "x", 14, "y", 28, "font-size", 19, "font-weight", 600, "fill", INK);
        svg.text("text", "virtual time in seconds \u00b7 one row per task", "x", 14, "y", 50, "fill", MUTED, "font-size", 14);

        Scale x = t -> plotLeft + plotWidth * Math.max(0, Math.min(t, axis.end())) / axis.end();
        drawGrid(svg, axis, x, axisTop);
        if (rows.isEmpty()) {
            svg.text("text", "No task ran: the program ended before asyncio started.", "x", plotLeft + 8,
                    "y", TOP + ROW / 2.0 + 5, "fill", MUTED);
        }
        for (int i = 0; i < shown; i++) {
            drawRow(svg, rows.get(i), i, x, axis);
        }
        if (overflowNote > 0) {
            svg.text("text", "\u2026 and " + (rows.size() - shown) + " more tasks (see the JSON timeline)",
                    "x", plotLeft, "y", axisTop + 52, "fill", MUTED);
        }
        drawLegend(svg, legendTop);
        svg.close("svg");
        return svg.toString();
    }

    private static void drawGrid(SvgWriter svg, TimeAxis axis, Scale x, int axisTop) {
        for (double t : axis.ticks()) {
            double px = x.at(t);
            svg.empty("line", "x1", px, "y1", TOP - 6, "x2", px, "y2", axisTop, "stroke", "#e2e8f0", "stroke-width", 1);
            svg.text("text", axis.label(t), "x", px, "y", axisTop + 20, "text-anchor", "middle", "fill", MUTED,
                    "font-size", 13);
        }
        svg.empty("line", "x1", x.at(0), "y1", axisTop, "x2", x.at(axis.end()), "y2", axisTop, "stroke", MUTED,
                "stroke-width", 1);
    }

    private static void drawRow(SvgWriter svg, Row row, int index, Scale x, TimeAxis axis) {
        double top = TOP + index * ROW;
        double barTop = top + (ROW - BAR) / 2.0;
        double mid = top + ROW / 2.0;
        if (index % 2 == 0) {
            svg.empty("rect", "x", 0, "y", top, "width", WIDTH, "height", ROW, "fill", "#f8fafc");
        }
        svg.open("g");
        svg.text("title", row.tooltip());
        svg.text("text", shorten(row.label(), 12), "x", 14, "y", mid + 4.5, "fill", INK, "font-weight", 500);
        svg.close("g");
        for (Segment s : row.segments()) {
            double x1 = x.at(s.start());
            double width = Math.max(x.at(s.end()) - x1, 2.5);
            String fill = switch (s.state()) {
                case "running" -> RUNNING;
                case "ready" -> READY;
                default -> WAITING;
            };
            svg.open("rect", "x", x1, "y", barTop, "width", width, "height", BAR, "rx", 3, "fill", fill);
            String what = s.waitingOn() == null ? s.state() : s.state() + " on " + s.waitingOn();
            svg.text("title", what + ": " + axis.label(s.start()) + " \u2192 " + axis.label(s.end()));
            svg.close("rect");
            if (s.waitingOn() != null && width > 7.5 * s.waitingOn().length() + 10) {
                svg.text("text", s.waitingOn(), "x", x1 + 6, "y", barTop + BAR / 2.0 + 4.5, "fill", "#334155",
                        "font-size", 12, "pointer-events", "none");
            }
        }
        for (TimelineEvent e : row.marks()) {
            double px = x.at(e.t());
            switch (e.kind()) {
                case "print" -> {
                    svg.open("g");
                    svg.text("title", "print at " + axis.label(e.t()) + ": " + shorten(oneLine(e.detail()), 200));
                    double markTop = row.track() == null ? mid - 6 : barTop - 7;
                    svg.empty("path", "d", "M" + SvgWriter.number(px) + " " + SvgWriter.number(markTop)
                            + " l5 6 l-5 6 l-5 -6 z", "fill", PRINT, "stroke", "#ffffff", "stroke-width", 1);
                    svg.close("g");
                }
                case "cancel_requested" -> {
                    svg.open("g");
                    svg.text("title", "cancel requested at " + axis.label(e.t()) + detail(e));
                    svg.empty("line", "x1", px, "y1", barTop - 4, "x2", px, "y2", barTop + BAR + 4, "stroke", CANCEL,
                            "stroke-width", 2, "stroke-dasharray", "3 2");
                    svg.close("g");
                }
                default -> {
                }
            }
        }
        drawOutcome(svg, row, x, axis, mid);
    }

    private static void drawOutcome(SvgWriter svg, Row row, Scale x, TimeAxis axis, double mid) {
        if (row.track() == null || row.track().endedAt() == null) {
            return;
        }
        double px = x.at(row.track().endedAt());
        String when = " at " + axis.label(row.track().endedAt());
        svg.open("g");
        switch (row.track().outcome()) {
            case "cancelled" -> {
                svg.text("title", "cancelled" + when);
                svg.empty("path", "d", "M" + SvgWriter.number(px - 5) + " " + SvgWriter.number(mid - 5)
                        + " l10 10 m0 -10 l-10 10", "stroke", CANCEL, "stroke-width", 3, "stroke-linecap", "round");
            }
            case "failed" -> {
                svg.text("title", "failed" + when + (row.failure() == null ? "" : ": " + row.failure()));
                svg.empty("circle", "cx", px, "cy", mid, "r", 8, "fill", CANCEL);
                svg.text("text", "!", "x", px, "y", mid + 4.5, "text-anchor", "middle", "fill", "#ffffff",
                        "font-weight", 700);
            }
            case "completed" -> {
                svg.text("title", "completed" + when);
                svg.empty("circle", "cx", px, "cy", mid, "r", 4, "fill", COMPLETED, "stroke", "#ffffff",
                        "stroke-width", 1.5);
            }
            default -> svg.text("title", row.track().outcome() + when);
        }
        svg.close("g");
    }

    private static void drawLegend(SvgWriter svg, int top) {
        double y = top + 12;
        double x = 14;
        Object[][] swatches = {{"running", RUNNING}, {"waiting", WAITING}, {"ready", READY}};
        for (Object[] s : swatches) {
            svg.empty("rect", "x", x, "y", y - 11, "width", 24, "height", 14, "rx", 3, "fill", s[1]);
            svg.text("text", (String) s[0], "x", x + 30, "y", y, "fill", INK);
            x += 30 + 8.5 * ((String) s[0]).length() + 22;
        }
        svg.empty("path", "d", "M" + SvgWriter.number(x + 6) + " " + SvgWriter.number(y - 12) + " l6 7 l-6 7 l-6 -7 z",
                "fill", PRINT);
        svg.text("text", "print", "x", x + 18, "y", y, "fill", INK);
        y += 26;
        x = 14;
        svg.empty("line", "x1", x + 4, "y1", y - 13, "x2", x + 4, "y2", y + 3, "stroke", CANCEL, "stroke-width", 2,
                "stroke-dasharray", "3 2");
        svg.text("text", "cancel asked", "x", x + 14, "y", y, "fill", INK);
        x += 118;
        svg.empty("path", "d", "M" + SvgWriter.number(x) + " " + SvgWriter.number(y - 10) + " l10 10 m0 -10 l-10 10",
                "stroke", CANCEL, "stroke-width", 3, "stroke-linecap", "round");
        svg.text("text", "cancelled", "x", x + 18, "y", y, "fill", INK);
        x += 104;
        svg.empty("circle", "cx", x + 7, "cy", y - 5, "r", 8, "fill", CANCEL);
        svg.text("text", "!", "x", x + 7, "y", y, "text-anchor", "middle", "fill", "#ffffff", "font-weight", 700,
                "font-size", 12);
        svg.text("text", "failed", "x", x + 21, "y", y, "fill", INK);
        x += 80;
        svg.empty("circle", "cx", x + 5, "cy", y - 5, "r", 5, "fill", COMPLETED);
        svg.text("text", "completed", "x", x + 16, "y", y, "fill", INK);
    }

    /** One row per task in creation order, plus a first row for output printed outside any task. */
    private static List<Row> rows(Timeline timeline) {
        List<TaskTrack> tracks = timeline.tasks() == null ? List.of() : new ArrayList<>(timeline.tasks());
        tracks.sort(Comparator.comparingInt(TaskTrack::id));
        List<TimelineEvent> events = timeline.events() == null ? List.of() : timeline.events();
        Map<String, List<TimelineEvent>> marks = new HashMap<>();
        Map<String, String> failures = new HashMap<>();
        List<TimelineEvent> moduleMarks = new ArrayList<>();
        for (TimelineEvent e : events) {
            if ("failed".equals(e.kind()) && e.task() != null) {
                failures.put(e.task(), e.detail());
            }
            if (!"print".equals(e.kind()) && !"cancel_requested".equals(e.kind())) {
                continue;
            }
            if (e.task() == null) {
                moduleMarks.add(e);
            } else {
                marks.computeIfAbsent(e.task(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Row> rows = new ArrayList<>();
        if (!moduleMarks.isEmpty()) {
            rows.add(new Row("(module)", null, List.of(), moduleMarks, null));
        }
        for (TaskTrack t : tracks) {
            rows.add(new Row(t.name(), t, t.segments() == null ? List.of() : t.segments(),
                    marks.getOrDefault(t.name(), List.of()), failures.get(t.name())));
        }
        return rows;
    }

    private static double lastMoment(Timeline timeline) {
        double last = 0;
        if (timeline.tasks() != null) {
            for (TaskTrack t : timeline.tasks()) {
                if (t.endedAt() != null) {
                    last = Math.max(last, t.endedAt());
                }
                for (Segment s : t.segments() == null ? List.<Segment>of() : t.segments()) {
                    last = Math.max(last, s.end());
                }
            }
        }
        if (timeline.events() != null) {
            for (TimelineEvent e : timeline.events()) {
                last = Math.max(last, e.t());
            }
        }
        return last;
    }

    private static String detail(TimelineEvent e) {
        return e.detail() == null || e.detail().isEmpty() ? "" : ": " + e.detail();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replace("\n", " \u21b5 ");
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** Virtual seconds to x coordinates. */
    @FunctionalInterface
    private interface Scale {
        double at(double seconds);
    }

    private record Row(String label, TaskTrack track, List<Segment> segments, List<TimelineEvent> marks,
                       String failure) {
        String tooltip() {
            if (track == null) {
                return "output printed outside any task";
            }
            String ended = track.endedAt() == null ? "still pending at the end" : track.outcome() + " at "
                    + SvgWriter.number(track.endedAt()) + " s";
            return track.name() + ": created at " + SvgWriter.number(track.createdAt()) + " s, " + ended;
        }
    }
}
