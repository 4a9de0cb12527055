package io.loopwise.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How hard a question is; the wire and database form is the lowercase name. */
public enum Difficulty {
    EASY, MEDIUM, HARD;

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }

    public static Optional<Difficulty> fromWireName(String text) {
        return Arrays.stream(values()).filter(d -> d.wireName().equals(text)).findFirst();
    }
}
