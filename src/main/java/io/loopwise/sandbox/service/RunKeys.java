package io.loopwise.sandbox.service;

import io.loopwise.engine.RunLimits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content hashes of a run. Programs are deterministic, so the engine version, the limits and the code together
 * decide the result: equal {@link #cacheKey}s may share one stored result.
 */
public final class RunKeys {

    private RunKeys() {
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static String cacheKey(String engineVersion, RunLimits limits, String codeSha256) {
        // Unambiguous: each part is fixed-format or free of the separator.
        return sha256(engineVersion + "\n" + limits.maxSteps() + "," + limits.maxVirtualSeconds() + ","
                + limits.maxWallMillis() + "," + limits.maxTasks() + "," + limits.maxMemoryBytes() + ","
                + limits.maxOutputBytes() + "," + limits.maxRecursionDepth() + "," + limits.maxSourceBytes() + "\n"
                + codeSha256);
    }
}
