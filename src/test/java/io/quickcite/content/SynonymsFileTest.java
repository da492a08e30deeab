package io.quickcite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The operator's synonyms file: comma-separated groups, comments, and a clear error for a line that is not a group. */
class SynonymsFileTest {

    @Test
    void groupsAndComments() {
        assertEquals(
                List.of(
                        new SynonymsFile.Group(List.of("GBA", "Greater Bay Area"), 2),
                        new SynonymsFile.Group(List.of("begin", "start"), 4)),
                SynonymsFile.parse(List.of("# names", "GBA, Greater Bay Area", "", "begin,start  # verbs")));
    }

    @Test
    void aLineWithOnePhraseIsRejectedWithItsLine() {
        ContentException e = assertThrows(ContentException.class, () -> SynonymsFile.parse(List.of("a, b", "lonely")));
        assertEquals(
                "synonyms.txt:2: a synonyms line needs two or more comma-separated words or phrases, none empty",
                e.getMessage());
    }

    @Test
    void anEmptyPhraseIsRejected() {
        ContentException e = assertThrows(ContentException.class, () -> SynonymsFile.parse(List.of("a, , b")));
        assertEquals(
                "synonyms.txt:1: a synonyms line needs two or more comma-separated words or phrases, none empty",
                e.getMessage());
    }
}
