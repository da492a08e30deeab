package io.quickcite.api.openapi;

import io.quickcite.api.Limits;
import io.quickcite.api.Problem;
import io.quickcite.api.RequestRules;

/** Texts, patterns and examples the controllers' OpenAPI annotations share (compile-time constants). */
public final class ApiDocs {

    private ApiDocs() {}

    public static final String JSON = "application/json";
    public static final String PROBLEM = Problem.MEDIA_TYPE;

    /**
     * {@link RequestRules#question} as a pattern: no control characters, and at least one character that is neither a
     * control character nor whitespace (U+0020, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000:
     * exactly what {@link io.quickcite.api.Text#isBlank} counts as whitespace besides controls; TextTest checks every
     * code point). The length and the word cap are not in the pattern; lone surrogates are refused but not expressible.
     */
    public static final String Q_PATTERN = "^[^\\u0000-\\u001F\\u007F-\\u009F]*"
            + "[^\\u0000-\\u0020\\u007F-\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
            + "[^\\u0000-\\u001F\\u007F-\\u009F]*$";
    /** The rules of a question, for the descriptions of q. */
    public static final String Q_RULES =
            "1 to " + Limits.QUESTION_CHARS + " characters (code points), not only whitespace, "
                    + "no control characters or lone surrogates, at most " + Limits.QUESTION_WORDS + " words.";
    /** What makes a question a 400, for the descriptions of 400 responses. */
    public static final String Q_REFUSED =
            "q missing, blank, over " + Limits.QUESTION_CHARS + " characters, with control characters "
                    + "or a lone surrogate, or over " + Limits.QUESTION_WORDS + " words";
    /** No control characters (Character.isISOControl). */
    public static final String NO_CONTROL = "^[^\\u0000-\\u001F\\u007F-\\u009F]*$";
    /** Site ids as io.quickcite.api.Sites accepts them in its configuration. */
    public static final String SITE_PATTERN = "^[a-z0-9][a-z0-9-]{0,63}$";
    /** {@link RequestRules#lang}. */
    public static final String LANG_PATTERN = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$";

    public static final String SITE =
            "The partner site asking (configured by the operator); the default site when absent. "
                    + "An unknown site is a 400.";
    public static final String LANG =
            "Language of the page, a language tag such as en or zh-Hant. Checked, not used yet.";
    public static final String ONCE = " Give each parameter at most once; a repeated one is a 400.";
    public static final String FEEDBACK_SITE =
            "The site comes from here; a site field in the body may only repeat it (another "
                    + "site is a 400), and names the site only when this parameter is absent.";

    public static final String CACHED = "Cacheable by a CDN: Cache-Control: public, max-age=N (300 by default).";
    public static final String CACHE_CONTROL = "public, max-age=N for a successful GET answer, no-store otherwise.";

    public static final String MISSING_Q = """
        {"type":"urn:quickcite:problem:invalid-question","title":"Bad Request","status":400,"detail":"Parameter 'q' (the question) is missing."}""";
    public static final String LONG_Q =
            "{\"type\":\"urn:quickcite:problem:invalid-question\",\"title\":\"Bad Request\",\"status\":400,"
                    + "\"detail\":\"Parameter 'q' has " + (Limits.QUESTION_CHARS + 1) + " characters; at most "
                    + Limits.QUESTION_CHARS + " are accepted.\"}";
    public static final String UNKNOWN_SITE = """
        {"type":"urn:quickcite:problem:unknown-site","title":"Bad Request","status":400,"detail":"Unknown site 'nobody'."}""";
    public static final String REPEATED = """
        {"type":"urn:quickcite:problem:repeated-parameter","title":"Bad Request","status":400,"detail":"Parameter 'q' is given 2 times; give it once."}""";
    public static final String BAD_LANG = """
        {"type":"urn:quickcite:problem:invalid-lang","title":"Bad Request","status":400,"detail":"Parameter 'lang' must be a language tag such as 'en' or 'zh-Hant'."}""";
    public static final String BAD_FEEDBACK = """
        {"type":"urn:quickcite:problem:invalid-feedback","title":"Bad Request","status":400,"detail":"Field 'helpful' must be true or false."}""";
    public static final String TOO_LARGE =
            "{\"type\":\"urn:quickcite:problem:body-too-large\",\"title\":\"Request Entity Too Large\","
                    + "\"status\":413,\"detail\":\"The body has 5045 bytes; at most " + Limits.FEEDBACK_BYTES
                    + " are accepted.\"}";
    public static final String WRONG_TYPE = """
        {"type":"urn:quickcite:problem:unsupported-media-type","title":"Unsupported Media Type","status":415,"detail":"Send feedback as application/json."}""";
    public static final String SUGGESTIONS = """
        {"suggestions":[{"question":"Why does finance matter so much in Hong Kong's AI story?",\
        "answerId":"hk-ai-briefing:why-does-finance-matter-so-much-in-hong-kongs-ai-story","kind":"question",\
        "highlights":[[0,3],[4,8],[9,12]]}]}""";
    public static final String SITE_INFO = """
        {"name":"AI in Hong Kong","examples":["What defines Hong Kong's AI story right now?","What should readers look for first in Hong Kong AI?"]}""";
    public static final String FAQ = """
        {"items":[{"question":"What defines Hong Kong's AI story right now?","answer":{"id":"hk-ai-briefing:what-defines-hong-kongs-ai-story-right-now",\
        "text":"Hong Kong's AI story is defined by finance-heavy deployment, institutional trust, regional-interface advantages, and the question of how much local capability it can build alongside Greater Bay Area linkages.",\
        "kind":"quick-answer","confidence":1.0,"document":{"id":"hk-ai-briefing","title":"Artificial Intelligence in Hong Kong",\
        "url":"/briefings/artificial-intelligence-in-hong-kong","section":"Quick answers for high-intent readers",\
        "sectionUrl":"/briefings/artificial-intelligence-in-hong-kong#quick-answers-for-high-intent-readers"},"citations":[],\
        "highlights":[],"facts":[],"markers":[]}}]}""";
    public static final String HEALTH = """
        {"status":"UP","documents":5,"passages":145,"entries":6,"indexVersion":"1",\
        "contentChecksum":"sha256:0f343b0931126a20f133d67c2b018a3b5e2d6f2d5c1e0b9a8f7e6d5c4b3a2918"}""";
    public static final String FEEDBACK = """
        {"answerId":"hk-ai-briefing:hong-kong-ai-stack-in-one-view:3","question":"When did the AI Subsidy Scheme open?","helpful":true}""";
}
