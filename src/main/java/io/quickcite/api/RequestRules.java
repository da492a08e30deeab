package io.quickcite.api;

import static io.quickcite.api.Limits.QUESTION_CHARS;
import static io.quickcite.api.Limits.QUESTION_WORDS;

/** The rules every question and parameter must meet before it reaches the engine (limits in {@link Limits}). */
public final class RequestRules {

    private RequestRules() {}

    /**
     * The question in {@code q}, stripped; missing, blank, over-long, with control characters or a lone surrogate, or
     * with too many words is a 400.
     */
    public static String question(String q) {
        if (q == null) {
            throw ProblemException.badRequest("invalid-question", "Parameter 'q' (the question) is missing.");
        }
        if (Text.isBlank(q)) {
            throw ProblemException.badRequest("invalid-question", "Parameter 'q' (the question) is blank.");
        }
        int length = Text.length(q);
        if (length > QUESTION_CHARS) {
            throw ProblemException.badRequest(
                    "invalid-question",
                    "Parameter 'q' has " + length + " characters; at most " + QUESTION_CHARS + " are accepted.");
        }
        if (Text.hasControl(q)) {
            throw ProblemException.badRequest("invalid-question", "Parameter 'q' contains control characters.");
        }
        if (Text.hasLoneSurrogate(q)) {
            throw ProblemException.badRequest(
                    "invalid-question", "Parameter 'q' contains a lone surrogate, which is no character.");
        }
        int words = words(q);
        if (words > QUESTION_WORDS) {
            throw ProblemException.badRequest(
                    "invalid-question",
                    "Parameter 'q' has " + words + " words; at most " + QUESTION_WORDS + " are accepted.");
        }
        return Text.strip(q);
    }

    /** Runs of letters and digits in {@code text}; a combining mark continues a run, it never starts one. */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean wordChar = Character.isLetterOrDigit(cp) || (inWord && isMark(cp));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Checks an optional {@code lang} (a BCP 47 tag such as en or zh-Hant). */
    public static void lang(String lang) {
        if (lang != null && !isLang(lang)) {
            throw ProblemException.badRequest(
                    "invalid-lang", "Parameter 'lang' must be a language tag such as 'en' or 'zh-Hant'.");
        }
    }

    /** An optional {@code exact} flag ("true" or "false"; absent is false): answer the question only as typed. */
    public static boolean exact(String exact) {
        if (exact == null || exact.equals("false")) {
            return false;
        }
        if (exact.equals("true")) {
            return true;
        }
        throw ProblemException.badRequest("invalid-exact", "Parameter 'exact' must be true or false.");
    }

    /** Whether {@code lang} is a language tag as the API accepts it (2–3 letters, up to three subtags). */
    public static boolean isLang(String lang) {
        return lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");
    }
}
