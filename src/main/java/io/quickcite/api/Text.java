package io.quickcite.api;

/**
 * Visitor text counted and cut in code points, never UTF-16 units: an emoji is one character, a cut never splits a
 * surrogate pair, and a lone surrogate (no character at all) is found rather than passed on.
 * <p>
 * Blank means no code point but whitespace, whitespace being every Unicode space separator (U+0020, U+00A0, U+1680,
 * U+2000–U+200A, U+202F, U+205F, U+3000), the line and paragraph separators (U+2028, U+2029) and the control
 * characters Java counts as whitespace. The OpenAPI pattern {@code ApiDocs.Q_PATTERN} excludes the same set.
 */
public final class Text {

    private Text() {}

    /** Characters (code points) in {@code s}; a lone surrogate counts as one. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Whether {@code s} holds no code point but whitespace. */
    public static boolean isBlank(String s) {
        return s.codePoints().allMatch(Text::isSpace);
    }

    /** {@code s} without leading and trailing whitespace (as {@link #isBlank} means it). */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** Whether {@code s} holds a C0 or C1 control character or DEL ({@link Character#isISOControl}). */
    public static boolean hasControl(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }

    /** Whether {@code s} holds a surrogate that is not half of a pair. */
    public static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code max} characters (code points) of {@code s}, or {@code s} when it is no longer. */
    public static String cut(String s, int max) {
        return length(s) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }

    /** {@code s} cut to {@code max} characters with "…" when cut, control characters removed: for echoing in a detail. */
    public static String clip(String s, int max) {
        String clean = s.replaceAll("\\p{Cntrl}", "");
        return length(clean) > max ? cut(clean, max) + "…" : clean;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
