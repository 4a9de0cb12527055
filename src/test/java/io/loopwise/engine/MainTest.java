package io.loopwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    private String[] runCli(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void printsOneJsonLinePerFileInArgumentOrder() throws IOException {
        // given a readable program, a file that is not UTF-8, and a missing file
        Path ok = Files.writeString(dir.resolve("ok.py"), "print('hi')\n");
        Path latin1 = Files.write(dir.resolve("latin1.py"), new byte[] {'x', '=', '1', '\n', '#', (byte) 0xff, '\n'});
        Path missing = dir.resolve("missing.py");

        // when the command line runs them
        String[] r = runCli(new byte[0], ok.toString(), latin1.toString(), missing.toString());

        // then there is one line per file, in order, and the unreadable file makes the exit status 1
        String[] lines = r[1].split("\n");
        assertEquals(3, lines.length, r[1]);
        assertTrue(lines[0].startsWith("{\"file\":\"" + ok + "\",\"status\":\""), lines[0]);
        assertTrue(lines[1].contains("\"status\":\"rejected\",\"stdout\":\"\",\"exception\":{\"type\":\"SyntaxError\","
                + "\"message\":\"Non-UTF-8 code starting with '\\\\xff' in file <program> on line 2"), lines[1]);
        assertTrue(lines[1].contains("\"line\":2"), lines[1]);
        assertTrue(lines[2].contains("\"exception\":{\"type\":\"OSError\",\"message\":\"cannot read " + missing
                + ": No such file or directory\""), lines[2]);
        assertEquals("1", r[0]);
    }

    @Test
    void readsStandardInputForADashAndDropsAByteOrderMark() {
        // given a program on stdin that starts with a UTF-8 byte-order mark
        byte[] program = "\uFEFFprint(1)\n".getBytes(StandardCharsets.UTF_8);

        // when the command line reads "-"
        String[] r = runCli(program, "-");

        // then it produces a result line for "-" and exits 0
        assertTrue(r[1].startsWith("{\"file\":\"-\",\"status\":\""), r[1]);
        assertEquals("0", r[0]);
    }

    @Test
    void withoutArgumentsPrintsUsageAndExitsTwo() {
        // given no files / when run / then usage on stderr, nothing on stdout
        String[] r = runCli(new byte[0]);
        assertEquals("2", r[0]);
        assertEquals("", r[1]);
        assertTrue(r[2].startsWith("usage: java -cp target/classes io.loopwise.engine.Main FILE..."), r[2]);
    }
}
