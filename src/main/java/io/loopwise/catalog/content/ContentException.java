package io.loopwise.catalog.content;

/** A content file that cannot be imported, with the file, the 1-based line and the reason. */
public final class ContentException extends RuntimeException {

    private final String file;
    private final int line;
    private final String reason;

    public ContentException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
