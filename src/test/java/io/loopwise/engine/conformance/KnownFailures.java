package io.loopwise.engine.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ratchet list {@code conformance/known-failures.txt}: one case name per line, optionally followed by
 * {@code # reason}; blank lines and lines starting with {@code #} are ignored. The list may only shrink: a listed
 * case that matches CPython fails the test until its line is removed.
 */
public final class KnownFailures {

    public static final String FILE_NAME = "known-failures.txt";

    private final Map<String, String> reasons;

    private KnownFailures(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    public static KnownFailures load(Path corpusDirectory) {
        Path file = corpusDirectory.resolve(FILE_NAME);
        Map<String, String> reasons = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return new KnownFailures(reasons);
        }
        try {
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int hash = line.indexOf('#');
                String name = (hash < 0 ? line : line.substring(0, hash)).strip();
                String reason = hash < 0 ? "" : line.substring(hash + 1).strip();
                reasons.put(name, reason);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownFailures(reasons);
    }

    public boolean contains(String caseName) {
        return reasons.containsKey(caseName);
    }

    public String reason(String caseName) {
        return reasons.getOrDefault(caseName, "");
    }

    public Iterable<String> names() {
        return reasons.keySet();
    }
}
