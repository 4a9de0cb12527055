package io.loopwise.engine.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Replays the CPython-generated cases of {@code builtins/set-order.cases} (see set_order_cases.py). */
class SetTableTest {

    /** A test key: a number (compared by exact value, so 7 == 7.0 as in Python) or a tuple of numbers. */
    private record Key(String text, Object value, long hash) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.value.equals(value);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }

        static Key parse(String text) {
            if (text.startsWith("(")) {
                String[] parts = text.substring(1, text.length() - 1).split(",");
                List<Object> values = new ArrayList<>();
                long[] hashes = new long[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    Key item = parse(parts[i]);
                    values.add(item.value);
                    hashes[i] = item.hash;
                }
                return new Key(text, values, PyHashes.ofTuple(hashes));
            }
            if (text.contains(".") || text.contains("e")) {
                double d = Double.parseDouble(text);
                return new Key(text, new BigDecimal(d).stripTrailingZeros(), PyHashes.ofDouble(d));
            }
            BigInteger i = new BigInteger(text);
            return new Key(text, new BigDecimal(i).stripTrailingZeros(), PyHashes.ofBig(i));
        }
    }

    @Test
    void iterationOrderMatchesCpythonAfterAddsDiscardsPopsCopiesAndUpdates() throws IOException {
        // given CPython's iteration order after each recorded sequence of operations
        List<String> lines = readCases();
        for (int c = 0; c + 1 < lines.size(); c += 2) {
            String ops = lines.get(c);
            SetTable<Key> set = new SetTable<>();

            // when the same operations run on a SetTable
            for (String op : ops.isEmpty() ? new String[0] : ops.split(" ")) {
                String arg = op.substring(1);
                switch (op.charAt(0)) {
                    case 'a' -> add(set, Key.parse(arg));
                    case 'd' -> set.discard(Key.parse(arg), Key.parse(arg).hash);
                    case 'p' -> set.pop();
                    case 'c' -> set = set.copy();
                    case 'u' -> {
                        for (String k : arg.split("\\|")) {
                            add(set, Key.parse(k));
                        }
                    }
                    default -> throw new IllegalStateException(op);
                }
            }

            // then it iterates in CPython's order
            List<String> order = new ArrayList<>();
            for (int slot = set.next(0); slot >= 0; slot = set.next(slot + 1)) {
                order.add(set.keyAt(slot).text);
            }
            assertEquals(lines.get(c + 1), String.join(" ", order), "after: " + ops);
        }
    }

    @Test
    void popFromEmptyTableIsRefused() {
        // given an empty table
        SetTable<Key> set = new SetTable<>();

        // when / then popping fails with CPython's message
        assertEquals("pop from an empty set", assertThrows(NoSuchElementException.class, set::pop).getMessage());
    }

    @Test
    void firstInsertedEqualKeyIsKept() {
        // given 7.0 added before the equal int 7
        SetTable<Key> set = new SetTable<>();
        add(set, Key.parse("7.0"));

        // when 7 is added
        boolean added = set.add(Key.parse("7"), Key.parse("7").hash);

        // then nothing changes and the float stays
        assertEquals(false, added);
        assertEquals("7.0", set.keyAt(set.next(0)).text);
    }

    private static void add(SetTable<Key> set, Key key) {
        set.add(key, key.hash);
    }

    private static List<String> readCases() throws IOException {
        try (InputStream in = SetTableTest.class.getResourceAsStream("/builtins/set-order.cases")) {
            List<String> lines = new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .split("\n", -1)));
            lines.remove(0); // header comment
            return lines;
        }
    }
}
