package io.loopwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Python outside the sandbox's subset (file, process, network and thread access, dynamic code, bytes and complex
 * numbers) is never run and never a crash: the program is rejected before it starts, with an exception type, a
 * message naming the feature, and the line and column of the first use. CPython would run these programs, so the
 * conformance corpus cannot express this; the expectations here are the engine's contract.
 */
class UnsupportedFeaturesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            x = 1\\nf = open('data.txt')           | NotImplementedError | 'open' is not supported    | 2 | 5
            x = 1\\nprint(eval('1 + 1'))          | NotImplementedError | 'eval' is not supported    | 2 | 7
            exec('x = 1')                         | NotImplementedError | 'exec' is not supported    | 1 | 1
            m = __import__('os')                  | NotImplementedError | '__import__' is not supported | 1 | 5
            name = input('? ')                    | NotImplementedError | 'input' is not supported   | 1 | 8
            import os                             | ImportError         | import of 'os'             | 1 | 1
            x = 1\\nimport threading              | ImportError         | import of 'threading'      | 2 | 1
            from socket import socket             | ImportError         | import of 'socket'         | 1 | 1
            import subprocess                     | ImportError         | import of 'subprocess'     | 1 | 1
            data = b'raw'                         | NotImplementedError | bytes literals             | 1 | 8
            data = bytes(3)                       | NotImplementedError | 'bytes' is not supported   | 1 | 8
            buf = bytearray()                     | NotImplementedError | 'bytearray' is not supported | 1 | 7
            z = complex(1, 2)                     | NotImplementedError | 'complex' is not supported | 1 | 5
            x = 1\\nz = 3 + 2j                    | NotImplementedError | complex number literals    | 2 | 9
            class Meta(type): pass\\nclass A(metaclass=Meta): pass | NotImplementedError | metaclasses | 2 | 19
            """)
    void outOfSubsetCodeIsRejectedNamingTheFeatureAndWhere(String program, String type, String messagePart,
                                                           int line, int column) {
        // given a program using a feature the sandbox does not offer
        String source = program.replace("\\n", "\n") + "\n";

        // when it is run
        RunResult r = Engine.run(source, RunLimits.DEFAULTS, new RunControl());

        // then it is rejected before running, naming the feature and its position
        assertEquals(RunStatus.REJECTED, r.status(), () -> String.valueOf(r.exception()));
        assertEquals(type, r.exception().type());
        assertTrue(r.exception().message().contains(messagePart), r.exception().message());
        assertEquals(line, r.exception().line());
        assertEquals(column, r.exception().column());
        assertEquals("", r.stdout());
    }
}
