package io.loopwise.platform.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A serialised JSON response body with its strong entity tag (a SHA-256 of the bytes), computed once so that
 * cached representations answer conditional requests without re-serialising.
 */
public record Representation(byte[] body, String etag) {

    public static Representation of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new Representation(body, '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest)
                    .substring(0, 27) + '"');
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** Whether an {@code If-None-Match} header value names this representation (weak comparison, RFC 9110 13.1.2). */
    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return etag + " " + new String(body, 0, Math.min(body.length, 60), StandardCharsets.UTF_8);
    }
}
