package io.loopwise.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Did you mean" search, against distances and choices CPython 3.12.1 computes for the same names. */
class SuggestionsTest {

    private static int distance(String a, String b, int max) {
        return Suggestions.levenshtein(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8), max);
    }

    @Test
    void distancesMatchCPythonsCosts() {
        // given CPython's costs (a move 2, a case flip 1), when we measure, then we get its numbers
        assertEquals(2, distance("cont", "count", 10));
        assertEquals(2, distance("prnt", "print", 10));
        assertEquals(1, distance("Print", "print", 10));
        assertEquals(4, distance("valuex", "valueab", 5));
        // and anything over the budget is reported as budget + 1
        assertEquals(4, distance("abc", "xyz", 3));
    }

    @Test
    void theFirstClosestCandidateWinsAndTheNameItselfIsSkipped() {
        // given candidates in dir() order, when we search, then the earliest at the smallest distance wins
        assertEquals("count", Suggestions.closest(List.of("cont", "count", "mount"), "cont"));
        assertEquals("sleep", Suggestions.closest(List.of("run", "sleep", "sleeper"), "sleeep"));
    }

    @Test
    void farNamesAndHugeNamespacesGiveNoSuggestion() {
        // given a name more than a third different, then nothing is suggested
        assertNull(Suggestions.closest(List.of("timeout"), "retries"));
        // given 750 or more candidates (CPython's MAX_CANDIDATE_ITEMS), then nothing is suggested at all
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 749; i++) {
            many.add("name" + i);
        }
        many.add("count");
        assertNull(Suggestions.closest(many, "cont"));
        assertEquals("count", Suggestions.closest(many.subList(1, many.size()), "cont"));
    }

    @Test
    void dirOfAModuleIsCPythonsFullList() {
        // given the asyncio module, when its dir() is searched, then CPython's names (not only ours) are candidates
        List<String> names = Suggestions.dir(new PyModule("asyncio"));
        assertTrue(names.contains("sleep") && names.contains("StreamReader"));
    }
}
