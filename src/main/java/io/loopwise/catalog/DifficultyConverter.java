package io.loopwise.catalog;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Difficulty} as its lowercase wire name, the form the database check constraint allows. */
@Converter
public class DifficultyConverter implements AttributeConverter<Difficulty, String> {

    @Override
    public String convertToDatabaseColumn(Difficulty difficulty) {
        return difficulty == null ? null : difficulty.wireName();
    }

    @Override
    public Difficulty convertToEntityAttribute(String text) {
        return text == null ? null : Difficulty.fromWireName(text)
                .orElseThrow(() -> new IllegalStateException("unknown difficulty in the database: " + text));
    }
}
