package io.loopwise.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code str.format} end to end: templates parsed by {@link FormatTemplate}, rendered by a small stand-in for the
 * runtime, compared with CPython's results ({@code src/test/resources/text/gen_template_vectors.py}).
 */
class FormatTemplateTest {
    private static final PercentFormat.Objects OBJ = PercentVectorsTest.OBJECTS;

    private static String render(List<FormatTemplate.Part> parts, List<Object> args, Map<?, ?> kwargs) {
        StringBuilder out = new StringBuilder();
        for (FormatTemplate.Part part : parts) {
            if (part instanceof FormatTemplate.Literal l) {
                out.append(l.text());
            } else if (part instanceof FormatTemplate.Failure f) {
                throw f.error();
            } else if (part instanceof FormatTemplate.Field f) {
                out.append(field(f, args, kwargs));
            }
        }
        return out.toString();
    }

    private static String field(FormatTemplate.Field f, List<Object> args, Map<?, ?> kwargs) {
        Object v;
        if (f.name() == null) {
            if (f.index() >= args.size()) {
                throw new TextError("IndexError",
                        "Replacement index " + f.index() + " out of range for positional args tuple");
            }
            v = args.get(f.index());
        } else {
            if (!kwargs.containsKey(f.name())) {
                throw new TextError("KeyError", "'" + f.name() + "'");
            }
            v = kwargs.get(f.name());
        }
        for (FormatTemplate.Accessor a : f.accessors()) {
            if (a instanceof FormatTemplate.Failure failure) {
                throw failure.error();
            } else if (a instanceof FormatTemplate.Item item) {
                if (v instanceof List<?> list) {
                    v = list.get(item.index());
                } else if (v instanceof String s) {
                    v = String.valueOf(s.charAt(item.index()));
                } else {
                    v = ((Map<?, ?>) v).get(item.key());
                }
            }
        }
        switch (f.conversion()) {
            case 0 -> { }
            case 'r' -> v = OBJ.repr(v);
            case 's' -> v = OBJ.str(v);
            case 'a' -> v = OBJ.ascii(v);
            default -> throw FormatTemplate.unknownConversion(f.conversion());
        }
        String spec = render(f.spec(), args, kwargs);
        if (v instanceof BigInteger i) {
            return SpecFormatter.formatInt(i, spec);
        } else if (v instanceof Double d) {
            return SpecFormatter.formatFloat(d, spec);
        }
        return SpecFormatter.formatStr((String) v, spec);
    }

    @Test
    void templatesRenderAsCPythonRendersThem() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FormatTemplateTest.class.getResourceAsStream("/text/template-vectors.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // given a template, its arguments and CPython's result
                String[] f = line.split("\t", -1);
                List<Object> args = ((PercentVectorsTest.Tuple) new PercentVectorsTest.Literal(f[1]).parse()).items();
                Map<?, ?> kwargs = (Map<?, ?>) new PercentVectorsTest.Literal(f[2]).parse();
                String got;
                // when parsed and rendered in order
                try {
                    got = render(FormatTemplate.parse(f[0]), args, kwargs);
                } catch (TextError e) {
                    got = "!" + e.pythonType() + ": " + e.getMessage();
                }
                count++;
                if (!got.equals(f[3])) {
                    mismatches.add(f[0] + ": expected " + f[3] + " got " + got);
                }
            }
        }
        // then output and errors are CPython's
        assertEquals(List.of(), mismatches);
        assertEquals(true, count > 50);
    }

    @Test
    void automaticNumbersFollowEvaluationOrder() {
        // given a field whose spec nests another automatic field
        List<FormatTemplate.Part> parts = FormatTemplate.parse("{:{}} {}");
        // then the outer field is 0, its nested width 1, and the next field 2
        FormatTemplate.Field outer = (FormatTemplate.Field) parts.get(0);
        assertEquals(0, outer.index());
        assertEquals(1, ((FormatTemplate.Field) outer.spec().get(0)).index());
        assertEquals(2, ((FormatTemplate.Field) parts.get(2)).index());
    }
}
