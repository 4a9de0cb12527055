package io.loopwise.catalog;


/**
 * The filters, full-text query, ordering and page of a question listing. Every field but page and size may be
 * null (no filter); {@code sort} is one of {@link Sort}.
 */
public record QuestionSearch(String track, Difficulty difficulty, String tag, String text, Sort sort,
                             boolean descending, int page, int size) {

    /** Orderings a listing accepts; the question slug always breaks ties, so pages never overlap. */
    public enum Sort {
        RELEVANCE("relevance"), POSITION("position"), TITLE("title"), DIFFICULTY("difficulty"),
        READING_MINUTES("readingMinutes");

        private final String wireName;

        Sort(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
