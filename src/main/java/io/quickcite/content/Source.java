package io.quickcite.content;

/** A numbered primary source that a document cites as {@code [n]}; title, publisher and url may be null. */
public record Source(int n, String title, String publisher, String url) {

    /** The title to show: the source's own, or "Source n" when the page did not give one. */
    public String displayTitle() {
        return title != null ? title : "Source " + n;
    }
}
