package io.quickcite.api;

/** The limits every question and parameter must meet before it reaches the engine. */
public final class RequestRules {

    /** Longest accepted question, in characters. */
    public static final int MAX_QUESTION = 300;
    /**
     * Most words accepted in a question, a word being a run of letters and digits (with the combining marks within
     * it), whatever separates the runs. Real questions have far fewer; hundreds of one-letter terms only make the
     * engine work.
     */
    public static final int MAX_WORDS = 40;

    private RequestRules() {
    }

    /** The question in {@code q}, stripped; missing, blank, over-long, with control characters or too many words is a 400. */
    public static String question(String q) {
        if (q == null) {
            throw ProblemException.badRequest("invalid-question", "Parameter 'q' (the question) is missing.");
        }
        String stripped = q.strip();
        if (stripped.isEmpty()) {
            throw ProblemException.badRequest("invalid-question", "Parameter 'q' (the question) is blank.");
        }
        if (q.length() > MAX_QUESTION) {
            throw ProblemException.badRequest("invalid-question", "Parameter 'q' has " + q.length() + " characters; at most " + MAX_QUESTION + " are accepted.");
        }
        if (q.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("invalid-question", "Parameter 'q' contains control characters.");
        }
        int words = words(q);
        if (words > MAX_WORDS) {
            throw ProblemException.badRequest("invalid-question", "Parameter 'q' has " + words + " words; at most " + MAX_WORDS + " are accepted.");
        }
        return stripped;
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
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Checks an optional {@code lang} (a BCP 47 tag such as en or zh-Hant). */
    public static void lang(String lang) {
        if (lang != null && !isLang(lang)) {
            throw ProblemException.badRequest("invalid-lang", "Parameter 'lang' must be a language tag such as 'en' or 'zh-Hant'.");
        }
    }

    /** Whether {@code lang} is a language tag as the API accepts it (2–3 letters, up to three subtags). */
    public static boolean isLang(String lang) {
        return lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");
    }
}
