package io.quickcite.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quickcite.api.openapi.ApiDocs;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Text in code points: the rules the API applies and the pattern its OpenAPI description states agree on every code point. */
class TextTest {

    /** The OpenAPI pattern of q and the question rule agree, for a one-character question, on all of Unicode. */
    @Test
    void theSchemaPatternAndTheBlankRuleAgreeOnEveryCodePoint() {
        Pattern pattern = Pattern.compile(ApiDocs.Q_PATTERN);
        List<String> disagree = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue; // not a character; refused on their own (lone surrogates)
            }
            String s = new String(Character.toChars(cp));
            boolean accepted = !Text.isBlank(s) && !Text.hasControl(s);
            if (accepted != pattern.matcher(s).matches()) {
                disagree.add(String.format("U+%04X", cp));
            }
        }
        assertEquals(List.of(), disagree);
    }

    @Test
    void unicodeSpacesAreBlank() {
        for (String s :
                List.of("\u3000", "\u2028", "\u2029", "\u2003", "\u00A0", "\u202F", "\u205F", "\u1680", " \t", "")) {
            assertTrue(Text.isBlank(s), s);
        }
        for (String s : List.of("\u200B", "\uFEFF", "a", "😀", "\u3000x")) {
            assertFalse(Text.isBlank(s), s);
        }
        assertEquals("AISC", Text.strip("\u3000\u2003AISC\u2028 "));
    }

    @Test
    void lengthsAndCutsAreInCodePoints() {
        String emoji = "😀".repeat(300);
        assertEquals(300, Text.length(emoji));
        assertEquals("😀".repeat(200), Text.cut(emoji, 200));
        assertEquals("a" + "😀".repeat(199), Text.cut("a" + emoji, 200));
        assertFalse(Text.hasLoneSurrogate(Text.cut("a" + emoji, 200)));
        assertEquals("ab", Text.cut("ab", 200));
    }

    @Test
    void loneSurrogatesAreFound() {
        for (String s : List.of("\uD83D", "a\uD83D", "\uDE00b", "\uDC00\uD800", "😀\uD83D")) {
            assertTrue(Text.hasLoneSurrogate(s), s);
        }
        for (String s : List.of("😀", "a😀b", "", "\uFFFD")) {
            assertFalse(Text.hasLoneSurrogate(s), s);
        }
    }
}
