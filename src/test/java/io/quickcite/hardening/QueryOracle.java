package io.quickcite.hardening;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What docs/api.md says GET /answer and GET /suggest must answer to a raw query string, written independently of the
 * api package: the status and, for an error, the exact problem type. The checks run in the documented order: the query
 * string decodes, q is given once, q is valid (present, not blank, at most 300 characters, no control characters, at
 * most 40 words), site is given once and known, and for /answer lang is given once and is a language tag.
 */
final class QueryOracle {

    /** The expected outcome: 200 with the stripped question, or a 400 of a problem type. */
    record Expected(int status, String type, String question) {

        static Expected ok(String question) {
            return new Expected(200, null, question);
        }

        static Expected bad(String slug) {
            return new Expected(400, "urn:quickcite:problem:" + slug, null);
        }
    }

    static final int MAX_CHARS = 300;
    static final int MAX_WORDS = 40;

    private final Set<String> sites;

    QueryOracle(Set<String> sites) {
        this.sites = sites;
    }

    Expected expect(String route, String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                return Expected.bad("malformed-query");
            }
        }
        List<String> q = params.get("q");
        if (q != null && q.size() > 1) {
            return Expected.bad("repeated-parameter");
        }
        if (q == null
                || BLANK.matcher(q.get(0)).matches()
                || q.get(0).codePointCount(0, q.get(0).length()) > MAX_CHARS
                || q.get(0).chars().anyMatch(Character::isISOControl)
                || LONE_SURROGATE.matcher(q.get(0)).find()
                || words(q.get(0)) > MAX_WORDS) {
            return Expected.bad("invalid-question");
        }
        List<String> site = params.get("site");
        if (site != null && site.size() > 1) {
            return Expected.bad("repeated-parameter");
        }
        if (site != null && !sites.contains(site.get(0))) {
            return Expected.bad("unknown-site");
        }
        if (route.equals("/answer")) {
            List<String> lang = params.get("lang");
            if (lang != null && lang.size() > 1) {
                return Expected.bad("repeated-parameter");
            }
            if (lang != null && !lang.get(0).matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}")) {
                return Expected.bad("invalid-lang");
            }
        }
        return Expected.ok(EDGE_SPACE.matcher(q.get(0)).replaceAll(""));
    }

    /** Whitespace as the contract means it: space, line and paragraph separators (\\p{Z}) and Java's whitespace. */
    private static final Pattern BLANK = Pattern.compile("[\\p{Z}\\s\\u001C-\\u001F]*");

    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\p{Z}\\s]+|[\\p{Z}\\s]+$");
    private static final Pattern LONE_SURROGATE =
            Pattern.compile("[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}\\p{M}]*");

    /** Words as the contract counts them: maximal runs of letters and decimal digits, with the combining marks inside them. */
    static int words(String text) {
        return (int) WORD.matcher(text).results().count();
    }
}
