package io.loopwise.catalog.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of questions with the total across all pages. */
@Schema(name = "QuestionPage")
public record QuestionPage(
        List<QuestionSummary> items,
        @Schema(description = "Zero-based page index.", example = "0") int page,
        @Schema(description = "Requested page size.", example = "20") int size,
        @Schema(description = "Questions matching the filters, on all pages.", example = "12") long total,
        @Schema(example = "1") int totalPages) {
}
