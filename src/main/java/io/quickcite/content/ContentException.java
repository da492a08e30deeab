package io.quickcite.content;

/** Broken content, located by file and line so that an operator can fix it. */
public final class ContentException extends RuntimeException {

    private final String file;
    private final int line;
    private final String problem;

    public ContentException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
        this.problem = message;
    }

    /** The content file, relative to the content folder. */
    public String file() {
        return file;
    }

    /** The 1-based line. */
    public int line() {
        return line;
    }

    /** What is wrong, without file and line. */
    public String problem() {
        return problem;
    }
}
