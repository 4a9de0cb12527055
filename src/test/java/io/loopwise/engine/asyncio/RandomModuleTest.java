package io.loopwise.engine.asyncio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The random module draws CPython's numbers: src/test/resources/asyncio/random_draws.py, called from Java. */
class RandomModuleTest {

    @Test
    void seededDrawsMatchCPython() throws Exception {
        // given a run with the random module
        ScriptedRun run = new ScriptedRun();
        RunContext c = run.ctx;
        Map<String, PyObject> random = c.importModule("random").instanceDict();

        // when random_draws.py's calls are made
        Calls.call(c, random.get("seed"), PyInt.valueOf(42));
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            out.add(Calls.call(c, random.get("randint"), PyInt.valueOf(1), PyInt.valueOf(10)));
        }
        out.add(Calls.call(c, random.get("random")));
        PyList items = PyList.of(PyInt.valueOf(1), PyInt.valueOf(2), PyInt.valueOf(3), PyInt.valueOf(4),
                PyInt.valueOf(5));
        out.add(Calls.call(c, random.get("choice"), items));
        Calls.call(c, random.get("shuffle"), items);
        out.add(items);
        out.add(Calls.call(c, random.get("sample"), items, PyInt.valueOf(3)));
        out.add(Calls.call(c, random.get("uniform"), PyInt.valueOf(1), PyInt.valueOf(2)));
        out.add(Calls.call(c, random.get("randrange"), PyInt.valueOf(0), PyInt.valueOf(100), PyInt.valueOf(7)));
        Calls.call(c, random.get("seed"), PyStr.of("text seed"));
        out.add(Calls.call(c, random.get("randrange"), PyInt.valueOf(1000)));
        StringBuilder line = new StringBuilder();
        for (PyObject o : out) {
            line.append(line.length() == 0 ? "" : " ").append(Protocols.repr(c, o));
        }

        // then the line is the one CPython printed
        assertEquals(ScriptedRun.expected("random_draws").get("stdout").asText(), line + "\n");
    }
}
