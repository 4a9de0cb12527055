package io.loopwise.engine.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortingTest {

    private record Item(int key, int position) {
    }

    @Test
    void sortsStablyUsingOnlyLessThanForEverySize() {
        Random random = new Random(7);
        for (int n = 0; n < 300; n += 1 + n / 8) {
            // given items with many equal keys, tagged with their original position
            Item[] items = new Item[n];
            for (int i = 0; i < n; i++) {
                items[i] = new Item(random.nextInt(Math.max(1, n / 3)), i);
            }
            Item[] expected = items.clone();
            Arrays.sort(expected, Comparator.comparingInt(Item::key)); // Java's object sort is stable

            // when sorted with only "<" on keys
            Sorting.stableSort(items, (a, b) -> a.key < b.key);

            // then the order is the stable one
            assertArrayEquals(expected, items, "n=" + n);
        }
    }

    @Test
    void firstComparisonIsSecondItemAgainstFirstAsInCpython() {
        // given a list whose first two items are compared first by CPython's listsort
        Integer[] items = {5, 9, 1};
        List<String> comparisons = new ArrayList<>();

        // when it is sorted
        Sorting.stableSort(items, (a, b) -> {
            comparisons.add(a + "<" + b);
            return a < b;
        });

        // then the very first question was "items[1] < items[0]"
        assertEquals("9<5", comparisons.get(0));
        assertArrayEquals(new Integer[] {1, 5, 9}, items);
    }
}
