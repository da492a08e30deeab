package io.quickcite.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every error and warning found in a content folder, each located by file and line, so that one build reports them all. */
public final class Problems {

    /** One problem; {@code line} is 1-based, 0 when it concerns the whole file or folder. */
    public record Problem(String file, int line, boolean error, String message) {

        /** "file:line: message", or "file:line: warning: message". */
        @Override
        public String toString() {
            return file + ":" + line + ": " + (error ? "" : "warning: ") + message;
        }
    }

    private static final Comparator<Problem> ORDER =
            Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparing(Problem::message);

    private final List<Problem> problems = new ArrayList<>();

    /** Records an error: the build fails at its end. */
    public void error(String file, int line, String message) {
        problems.add(new Problem(file, line, true, message));
    }

    /** Records an error thrown while reading. */
    public void error(ContentException e) {
        error(e.file(), e.line(), e.problem());
    }

    /** Records a warning: printed, never fatal. */
    public void warning(String file, int line, String message) {
        problems.add(new Problem(file, line, false, message));
    }

    /** The errors, sorted by file and line. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::error).sorted(ORDER).toList();
    }

    /** The warnings, sorted by file and line. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.error()).sorted(ORDER).toList();
    }

    /** True when at least one error was recorded. */
    public boolean failed() {
        return problems.stream().anyMatch(Problem::error);
    }

    /** Throws the first error (sorted) as a {@link ContentException}, for callers that take one content file at a time. */
    public void throwFirst() {
        List<Problem> errors = errors();
        if (!errors.isEmpty()) {
            Problem p = errors.get(0);
            throw new ContentException(p.file(), p.line(), p.message());
        }
    }
}
