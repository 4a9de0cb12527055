package io.loopwise.sandbox.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.loopwise.engine.timeline.Segment;
import io.loopwise.engine.timeline.TaskTrack;
import io.loopwise.engine.timeline.Timeline;
import io.loopwise.engine.timeline.TimelineEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The Gantt chart is well-formed SVG whatever the program printed, and shows every task, mark and the time axis. */
class GanttChartTest {

    /** The seed's gather program (three fetches of 2, 1 and 3 s) plus a cancelled and a failed task. */
    static Timeline gatherWithCancelAndFailure() {
        List<TaskTrack> tasks = List.of(
                new TaskTrack(1, "Task-1", 0, 3.0, "completed", List.of(
                        new Segment(0, 0, "running", null), new Segment(0, 3.0, "waiting", "gather"),
                        new Segment(3.0, 3.0, "running", null))),
                fetch(2, "api/users", 2.0), fetch(3, "api/posts", 1.0), fetch(4, "api/comments", 3.0),
                new TaskTrack(5, "watchdog", 0, 1.5, "cancelled", List.of(
                        new Segment(0, 0, "ready", null), new Segment(0, 1.5, "waiting", "sleep until 10.0"))),
                new TaskTrack(6, "Task-6", 0.5, 2.5, "failed", List.of(
                        new Segment(0.5, 0.5, "running", null), new Segment(0.5, 2.5, "waiting", "sleep until 2.5"),
                        new Segment(2.5, 2.5, "running", null))));
        List<TimelineEvent> events = new ArrayList<>();
        events.add(new TimelineEvent(0, 1, "print", null, "starting </text><script>alert('x')</script> & \u0001\n"));
        events.add(new TimelineEvent(0, 2, "print", "Task-2", "Fetching api/users\n"));
        events.add(new TimelineEvent(0, 3, "print", "Task-3", "Fetching api/posts\n"));
        events.add(new TimelineEvent(0, 4, "print", "Task-4", "Fetching api/comments\n"));
        events.add(new TimelineEvent(1.5, 5, "cancel_requested", "watchdog", "by Task-1"));
        events.add(new TimelineEvent(1.5, 6, "cancelled", "watchdog", null));
        events.add(new TimelineEvent(2.5, 7, "failed", "Task-6", "ValueError: boom \"quoted\""));
        events.add(new TimelineEvent(3.0, 8, "print", "Task-1",
                "['Data from api/users', 'Data from api/posts', 'Data from api/comments']\n"));
        return new Timeline(tasks, events);
    }

    private static TaskTrack fetch(int id, String url, double delay) {
        return new TaskTrack(id, "Task-" + id, 0, delay, "completed", List.of(
                new Segment(0, 0, "running", null), new Segment(0, delay, "waiting", "sleep until " + delay),
                new Segment(delay, delay, "running", null)));
    }

    @Test
    void aGatherRunIsWellFormedSvgWithOneRowPerTaskAndEveryMark() throws Exception {
        String svg = GanttChart.render(gatherWithCancelAndFailure(), "completed \u00b7 3.0 s virtual \u00b7 6 tasks", 3.0);
        dumpIfAsked(svg);

        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getTagName());
        String text = doc.getDocumentElement().getTextContent();
        for (String row : List.of("(module)", "Task-1", "Task-2", "Task-3", "Task-4", "watchdog", "Task-6")) {
            assertTrue(text.contains(row), "row " + row);
        }
        for (String tick : List.of("0.0 s", "1.0 s", "2.0 s", "3.0 s")) {
            assertTrue(text.contains(tick), "tick " + tick);
        }
        assertTrue(text.contains("print at 0.0 s: starting </text><script>"), "hostile text kept as text");
        assertTrue(text.contains("failed at 2.5 s: ValueError: boom \"quoted\""));
        assertTrue(text.contains("cancelled at 1.5 s"));
        assertTrue(text.contains("waiting on sleep until 2.0"));
        assertEquals(0, doc.getElementsByTagName("script").getLength(), "no markup injected");
        for (String legend : List.of("running", "waiting", "ready", "print", "cancel asked", "cancelled", "failed")) {
            assertTrue(text.contains(legend), "legend " + legend);
        }
    }

    @Test
    void aProgramWithoutTasksStillDrawsAnAxisAndSaysSo() throws Exception {
        String svg = GanttChart.render(new Timeline(List.of(), List.of()), "rejected \u00b7 0.0 s virtual", 0);

        String text = parse(svg).getDocumentElement().getTextContent();
        assertTrue(text.contains("No task ran"));
        assertTrue(text.contains("1.0 s"));
    }

    @Test
    void thousandsOfTasksAreCappedToAReadableNumberOfRows() throws Exception {
        List<TaskTrack> tasks = IntStream.rangeClosed(1, 5000).mapToObj(i -> new TaskTrack(i, "Task-" + i, 0, 1.0,
                "completed", List.of(new Segment(0, 1.0, "waiting", "sleep until 1.0")))).toList();

        String svg = GanttChart.render(new Timeline(tasks, List.of()), "completed", 1.0);

        Document doc = parse(svg);
        assertTrue(doc.getDocumentElement().getTextContent().contains("and " + (5000 - GanttChart.MAX_ROWS)
                + " more tasks"));
        assertFalse(svg.contains(">Task-" + (GanttChart.MAX_ROWS + 1) + "<"));
        assertTrue(svg.length() < 200_000, "size " + svg.length());
    }

    @Test
    void charactersXmlCannotCarryAreReplaced() throws Exception {
        Timeline t = new Timeline(List.of(), List.of(new TimelineEvent(0, 1, "print", null,
                "nul\u0000 bell\u0007 lone\uD800 ok\uD83D\uDE00\n")));

        String text = parse(GanttChart.render(t, "x", 0)).getDocumentElement().getTextContent();

        assertTrue(text.contains("nul\uFFFD bell\uFFFD lone\uFFFD ok\uD83D\uDE00"), text);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static void dumpIfAsked(String svg) throws Exception {
        String out = System.getProperty("gantt.out");
        if (out != null) {
            Files.writeString(Path.of(out), svg);
        }
    }
}
