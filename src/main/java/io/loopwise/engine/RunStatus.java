package io.loopwise.engine;

/** How a run ended; {@link #wireName()} is the lower-case spelling clients see in JSON. */
public enum RunStatus {
    COMPLETED, FAILED, LIMIT_EXCEEDED, REJECTED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
