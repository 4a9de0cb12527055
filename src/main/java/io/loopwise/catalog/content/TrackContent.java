package io.loopwise.catalog.content;

import java.util.List;

/** A validated track with its questions in position order: the unit the importer writes in one transaction. */
public record TrackContent(TrackDocument track, List<QuestionDocument> questions) {
}
