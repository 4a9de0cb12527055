package io.loopwise.engine.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One conformance program ({@code NAME.py}) and the CPython result beside it ({@code NAME.expected.json}). */
public record CorpusCase(String name, Path program, Path expected) {

    /** The corpus directory on the test classpath ({@code src/test/resources/conformance}). */
    public static Path directory() {
        URL url = CorpusCase.class.getResource("/conformance");
        if (url == null) {
            throw new IllegalStateException("conformance corpus not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every case of the corpus, sorted by name; a program without an expected file is an error, not a skip. */
    public static List<CorpusCase> all() {
        Path dir = directory();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".py"))
                    .sorted()
                    .map(p -> {
                        String file = p.getFileName().toString();
                        String name = file.substring(0, file.length() - 3);
                        return new CorpusCase(name, p, dir.resolve(name + ".expected.json"));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String source() {
        return read(program);
    }

    public String expectedJson() {
        if (!Files.exists(expected)) {
            throw new IllegalStateException(expected.getFileName()
                    + " is missing: run the regeneration command in docs/engine.md");
        }
        return read(expected);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
