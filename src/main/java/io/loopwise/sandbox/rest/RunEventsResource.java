package io.loopwise.sandbox.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loopwise.engine.timeline.TimelineEvent;
import io.loopwise.platform.problem.Problem;
import io.loopwise.sandbox.service.RunEvents;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;

/** Replays a run's timeline events as a server-sent event stream, for dashboards that animate a run. */
@Path("/api/v1/runs/{id}/events")
@Tag(name = "Runs")
public class RunEventsResource {

    private final RunEvents events;
    private final ObjectMapper mapper;

    public RunEventsResource(RunEvents events, ObjectMapper mapper) {
        this.events = events;
        this.mapper = mapper;
    }

    /** Events are written as JSON text, so each SSE frame is just {@code id}, {@code event} and {@code data}. */
    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a timeline event must serialise", e);
        }
    }

    @GET
    @ExistingRun
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamRunEvents", summary = "A run's timeline events as server-sent events",
            description = """
                    Each timeline event is one SSE event: `event:` is its kind (`created`, `started`, `print`, \
                    `cancel_requested`, `completed`...), `id:` its sequence number and `data:` the event as JSON \
                    (`t`, `seq`, `kind`, `task`, `detail`). A final `end` event carries the run's status and \
                    virtual time; the stream then closes. Without `speed` the events come at once; with `speed` \
                    they are paced by virtual time (`speed` virtual seconds per real second, each gap at most 2 s). \
                    `Last-Event-ID` resumes after that sequence number.""")
    @APIResponse(responseCode = "200", description = "The event stream.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = TimelineEvent.class)))
    @APIResponse(responseCode = "400", description = "`id` is not a UUID or `speed` is not a positive number.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No run has this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> stream(
            @PathParam("id") @Parameter(description = "The run's id (a UUID).") String id,
            @QueryParam("speed") @Parameter(description = "Virtual seconds replayed per real second; omit for "
                    + "no pacing.", example = "2") Double speed,
            @HeaderParam("Last-Event-ID") @Parameter(description = "Resume after this event sequence number.")
            String lastEventId,
            @Context Sse sse) {
        UUID runId = RunResource.parseId(id);
        if (speed != null && !(speed > 0 && speed <= 1e9)) {
            throw io.loopwise.platform.problem.ProblemException.invalidParameter("speed",
                    "must be a positive number of virtual seconds per real second");
        }
        long after = resumeAfter(lastEventId);
        return RestMulti.fromUniResponse(events.load(runId).map(replay -> RunResource.orNotFound(replay, runId)),
                replay -> replay.stream(after, speed).map(item -> item.event() != null
                        ? sse.newEventBuilder().id(Long.toString(item.event().seq())).name(item.event().kind())
                                .data(json(item.event())).build()
                        : sse.newEventBuilder().name("end").data(json(item.end())).build()));
    }

    private static long resumeAfter(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return Long.MIN_VALUE;
        }
        try {
            return Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            throw io.loopwise.platform.problem.ProblemException.invalidParameter("Last-Event-ID",
                    "must be the id of an event of this stream (an integer)");
        }
    }
}
