package io.quickcite.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/** The kind of fact a question asks for, read from its wording, and whether a sentence offers that kind of fact. */
enum QuestionType {
    WHEN(Pattern.compile("\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\b"
        + "|\\b(19|20)\\d{2}\\b|\\bend-\\d{4}\\b", Pattern.CASE_INSENSITIVE)),
    AMOUNT(Pattern.compile("\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|percent|half|quarters?)\\b",
        Pattern.CASE_INSENSITIVE)),
    WHO(Pattern.compile("\\b(?:[A-Z][a-z]+|[A-Z]{2,})(?:\\s+(?:of|for|and|the|de)?\\s*(?:[A-Z][a-z]+|[A-Z]{2,}))+")),
    DEFINITION(Pattern.compile("\\b(is|are|was|were|means|refers to|stands for)\\b|^[^:]{1,40}: ", Pattern.CASE_INSENSITIVE)),
    OTHER(null);

    private static final Pattern ASKS_WHEN = Pattern.compile("^\\s*(when|since when|by when|what (year|date|month|day))\\b|\\bwhat (year|date|month)\\b|\\bhow long ago\\b");
    private static final Pattern ASKS_AMOUNT = Pattern.compile("\\bhow (much|many|large|big|fast|powerful|long|old)\\b|\\bwhat (percentage|share|proportion|amount|size|budget)\\b|\\bwhat('s| is) the (cost|price|budget|capacity|amount)\\b");
    private static final Pattern ASKS_WHO = Pattern.compile("^\\s*(who|whom|whose)\\b|\\bwhich (organi[sz]ations?|bod(y|ies)|regulators?|compan(y|ies)|institutions?|agenc(y|ies)|banks?|firms?|authorit(y|ies))\\b");
    private static final Pattern ASKS_DEFINITION = Pattern.compile("^\\s*(what|who)('s| is| are| was| were)\\b|^\\s*define\\b|\\bwhat does .+ (stand for|mean)\\b|^\\s*meaning of\\b");

    private final Pattern evidence;

    QuestionType(Pattern evidence) {
        this.evidence = evidence;
    }

    /** The type of {@code question}; OTHER when its wording says nothing specific. */
    static QuestionType of(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        if (ASKS_WHEN.matcher(q).find()) {
            return WHEN;
        }
        if (ASKS_AMOUNT.matcher(q).find()) {
            return AMOUNT;
        }
        if (ASKS_WHO.matcher(q).find()) {
            return WHO;
        }
        if (ASKS_DEFINITION.matcher(q).find()) {
            return DEFINITION;
        }
        return OTHER;
    }

    /** True when {@code sentence} offers this type's kind of fact (a date, an amount, a name, a definition). */
    boolean offeredBy(String sentence) {
        return evidence != null && evidence.matcher(sentence).find();
    }
}
