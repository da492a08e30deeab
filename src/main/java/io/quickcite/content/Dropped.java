package io.quickcite.content;

/** Something of a content file that the engine does not read as an answer, and where it was: for the split report. */
public record Dropped(int line, String what) {}
