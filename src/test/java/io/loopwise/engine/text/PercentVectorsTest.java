package io.loopwise.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code template % args} against CPython's results ({@code src/test/resources/text/gen_percent_vectors.py}).
 * A small stand-in object model plays the runtime's part behind {@link PercentFormat.Objects}.
 */
class PercentVectorsTest {

    /** A Python tuple in the stand-in object model. */
    record Tuple(List<Object> items) {
    }

    static final PercentFormat.Objects OBJECTS = new PercentFormat.Objects() {
        @Override
        public boolean isMapping(Object o) {
            return o instanceof Map || o instanceof List;
        }

        @Override
        public Object getItem(Object mapping, String key) {
            Map<?, ?> m = (Map<?, ?>) mapping;
            if (!m.containsKey(key)) {
                throw new TextError("KeyError", "'" + key + "'");
            }
            return m.get(key);
        }

        @Override
        public String str(Object o) {
            return o instanceof String s ? s : repr(o);
        }

        @Override
        public String repr(Object o) {
            if (o == null) {
                return "None";
            } else if (o instanceof Boolean b) {
                return b ? "True" : "False";
            } else if (o instanceof Double d) {
                return FloatFormat.repr(d);
            } else if (o instanceof String s) {
                char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
                return q + s + q;
            } else if (o instanceof Tuple t) {
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0; i < t.items().size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(repr(t.items().get(i)));
                }
                return sb.append(t.items().size() == 1 ? ",)" : ")").toString();
            }
            return o.toString();
        }

        @Override
        public String ascii(Object o) {
            StringBuilder sb = new StringBuilder();
            for (char c : repr(o).toCharArray()) {
                if (c < 128) {
                    sb.append(c);
                } else {
                    sb.append(c < 256 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
                }
            }
            return sb.toString();
        }

        @Override
        public BigInteger toInteger(Object o, boolean index) {
            if (o instanceof BigInteger b) {
                return b;
            } else if (o instanceof Boolean b) {
                return b ? BigInteger.ONE : BigInteger.ZERO;
            } else if (o instanceof Double d && !index) {
                if (d.isNaN()) {
                    throw new TextError("ValueError", "cannot convert float NaN to integer");
                }
                if (d.isInfinite()) {
                    throw new TextError("OverflowError", "cannot convert float infinity to integer");
                }
                return new java.math.BigDecimal(d).toBigInteger();
            }
            return null;
        }

        @Override
        public Double toDouble(Object o) {
            if (o instanceof Double d) {
                return d;
            }
            BigInteger i = o instanceof Double ? null : toInteger(o, true);
            return i == null ? null : i.doubleValue();
        }

        @Override
        public BigInteger toChar(Object o) {
            if (o instanceof String s && s.codePointCount(0, s.length()) == 1) {
                return BigInteger.valueOf(s.codePointAt(0));
            }
            return toInteger(o, true);
        }

        @Override
        public String typeName(Object o) {
            if (o == null) {
                return "NoneType";
            }
            return o instanceof BigInteger ? "int" : o instanceof Double ? "float" : o instanceof String ? "str"
                    : o instanceof Boolean ? "bool" : o instanceof Tuple ? "tuple" : o instanceof Map ? "dict" : "list";
        }
    };

    /** Reads the Python literal subset the generator writes. */
    static final class Literal {
        private final String s;
        private int i;

        Literal(String s) {
            this.s = s;
        }

        Object parse() {
            skip();
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                i++;
                List<Object> items = new ArrayList<>();
                char close = c == '(' ? ')' : ']';
                while (true) {
                    skip();
                    if (s.charAt(i) == close) {
                        i++;
                        break;
                    }
                    items.add(parse());
                    skip();
                    if (s.charAt(i) == ',') {
                        i++;
                    }
                }
                return c == '(' ? new Tuple(items) : items;
            }
            if (c == '{') {
                i++;
                Map<Object, Object> m = new LinkedHashMap<>();
                while (true) {
                    skip();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    Object k = parse();
                    skip();
                    i++;
                    m.put(k, parse());
                    skip();
                    if (s.charAt(i) == ',') {
                        i++;
                    }
                }
            }
            if (c == '\'' || c == '"') {
                int end = s.indexOf(c, i + 1);
                String v = s.substring(i + 1, end);
                i = end + 1;
                return v;
            }
            int start = i;
            while (i < s.length() && ",)]}: ".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String tok = s.substring(start, i);
            if (tok.startsWith("float(")) {
                i = s.indexOf(')', start) + 1;
                String w = s.substring(start + 7, i - 2);
                return w.equals("nan") ? Double.NaN : w.equals("inf") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            }
            switch (tok) {
                case "None": return null;
                case "True": return Boolean.TRUE;
                case "False": return Boolean.FALSE;
                default:
                    return tok.contains(".") || tok.contains("e") ? (Object) Double.parseDouble(tok) : new BigInteger(tok);
            }
        }

        private void skip() {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }
    }

    @Test
    void everyVectorMatchesCPython() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PercentVectorsTest.class.getResourceAsStream("/text/percent-vectors.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // given a template, a right operand and CPython's result
                String[] f = line.split("\t", -1);
                Object operand = new Literal(f[1]).parse();
                String got;
                // when we format
                try {
                    got = operand instanceof Tuple t ? PercentFormat.format(f[0], t.items(), null, OBJECTS)
                            : PercentFormat.format(f[0], null, operand, OBJECTS);
                } catch (TextError e) {
                    got = "!" + e.pythonType() + ": " + e.getMessage();
                }
                count++;
                if (!got.equals(f[2])) {
                    mismatches.add(f[0] + " % " + f[1] + ": expected " + f[2] + " got " + got);
                }
            }
        }
        // then the result (or error) is CPython's
        assertEquals(List.of(), mismatches.subList(0, Math.min(25, mismatches.size())));
        assertEquals(true, count > 6000);
    }
}
