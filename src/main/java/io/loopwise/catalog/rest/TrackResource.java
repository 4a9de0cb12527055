package io.loopwise.catalog.rest;

import io.loopwise.catalog.api.TrackDetail;
import io.loopwise.catalog.api.TrackSummary;
import io.loopwise.catalog.service.CatalogService;
import io.loopwise.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Learning tracks: the list, and one track with its ordered questions. */
@Path("/api/v1/tracks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tracks", description = "Learning tracks and their ordered questions")
public class TrackResource {

    private final CatalogService catalog;

    public TrackResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(operationId = "listTracks", summary = "List the learning tracks",
            description = "Active tracks ordered by slug, each with its number of questions.")
    @APIResponse(responseCode = "200", description = "The tracks.",
            headers = @Header(name = "ETag", description = "Entity tag of this representation."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TrackSummary.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the entity tag in If-None-Match.")
    @APIResponse(responseCode = "406", description = "The Accept header rules out JSON.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list(@HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(hidden = true) String ifNoneMatch) {
        return catalog.trackList().map(r -> CatalogHttp.ok(r, ifNoneMatch));
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getTrack", summary = "Get a track with its ordered question list",
            description = "Each question entry carries its position, slug, title, difficulty and reading minutes.")
    @APIResponse(responseCode = "200", description = "The track.",
            headers = @Header(name = "ETag", description = "Entity tag of this representation."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrackDetail.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the entity tag in If-None-Match.")
    @APIResponse(responseCode = "406", description = "The Accept header rules out JSON.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No active track has this slug.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    example = """
                            {"type":"about:blank","title":"Not Found","status":404,\
                            "detail":"No track with slug 'rust-async'.","instance":"/api/v1/tracks/rust-async",\
                            "slug":"rust-async"}"""))
    public Uni<Response> get(@PathParam("slug") @Parameter(description = "Track slug.", example = "python-concurrency")
                             String slug,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(hidden = true) String ifNoneMatch) {
        return catalog.track(slug).map(r -> CatalogHttp.ok(r, ifNoneMatch));
    }
}
