package io.quickcite.content;

import org.commonmark.ext.heading.anchor.IdGenerator;

/** Section anchors as GitHub, Hugo and most site generators make them from a heading ("Install Hugo" → "install-hugo"). */
final class Anchors {

    private Anchors() {}

    /** The anchor of a heading's text; "section" when nothing is left. */
    static String of(String heading) {
        String id = IdGenerator.builder().defaultId("section").build().generateId(heading);
        return id.isEmpty() ? "section" : id;
    }
}
