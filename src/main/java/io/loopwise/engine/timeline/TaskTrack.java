package io.loopwise.engine.timeline;

import java.util.List;

/** One asyncio task's life: creation, end, outcome ("completed"|"failed"|"cancelled"|"pending") and its segments. */
public record TaskTrack(int id, String name, double createdAt, Double endedAt,
                        String outcome, List<Segment> segments) {
}
