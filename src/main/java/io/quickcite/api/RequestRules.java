package io.quickcite.api;

/** The limits every question and parameter must meet before it reaches the engine. */
public final class RequestRules {

    /** Longest accepted question, in characters. */
    public static final int MAX_QUESTION = 300;

    private RequestRules() {
    }

    /** The question in {@code q}, stripped; missing, blank, over-long or with control characters is a 400. */
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
        return stripped;
    }

    /** Checks an optional {@code lang} (a BCP 47 tag such as en or zh-Hant). */
    public static void lang(String lang) {
        if (lang != null && !lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}")) {
            throw ProblemException.badRequest("invalid-lang", "Parameter 'lang' must be a language tag such as 'en' or 'zh-Hant'.");
        }
    }
}
