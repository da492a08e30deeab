package io.quickcite.answer;

import io.quickcite.index.Facts;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of fact a question asks for, read from its wording, and whether a sentence offers that kind of fact
 * beyond what the question already says. For when, how much and how many questions that evidence is required:
 * a sentence without a date (or an amount) does not answer them, however many words it shares.
 */
enum QuestionType {
    WHEN(true),
    MONEY(true),
    PERCENT(true),
    AMOUNT(true),
    WHO(false),
    WHY(false),
    DEFINITION(false),
    OTHER(false);

    /** True when the question is about something measured in money ("how big was the subsidy"). */
    static boolean aboutMoney(String question) {
        return MONEY_NOUNS.matcher(question).find();
    }

    /** True when the question asks how long something lasts. */
    static boolean aboutDuration(String question) {
        return ASKS_DURATION.matcher(question).find();
    }

    /** Things measured in money: "how big was the subsidy" is answered by an amount of money. */
    private static final Pattern MONEY_NOUNS = Pattern.compile(
            "\\b(subsid\\w*|fund\\w*|grants?|budgets?|investments?|spending|costs?|prices?|fees?|revenues?|salar\\w+|package)\\b");

    private static final Pattern ASKS_DURATION =
            Pattern.compile("\\bhow long\\b|\\bhow many (years|months|weeks|days|hours)\\b|\\bfor how long\\b");

    private static final Pattern ASKS_WHEN = Pattern.compile(
            "^\\s*(when|since when|by when|until when)\\b|\\b(what|which) (year|date|month|day|time)\\b|\\bhow long ago\\b|\\b(deadline|what time)\\b");
    private static final Pattern ASKS_MONEY = Pattern.compile(
            "\\bhow much\\b.*\\b(money|cost|costs|price|priced|funding|fund|funds|budget|budgeted|spend|spent|spending|worth|pay|paid|dollars|"
                    + "invest|invested|investment|allocat\\w*|earmark\\w*|set aside|committ\\w*|put into|put in)\\b"
                    + "|\\bwhat (is|was|'s) the (cost|price|budget|funding)\\b|\\bhow much (money|funding)\\b|\\bhow many dollars\\b");
    private static final Pattern ASKS_PERCENT = Pattern.compile(
            "\\bwhat (percentage|share|proportion|fraction|part)\\b|\\bhow much of\\b|\\bwhat per ?cent\\b|\\bhow many percent\\b");
    private static final Pattern ASKS_AMOUNT = Pattern.compile(
            "\\bhow (much|many|large|big|fast|powerful|long|old|often)\\b|\\bwhat (percentage|share|proportion|amount|size|number|capacity|scale)\\b"
                    + "|\\bwhat (is|'s|was) the (\\w+ )?(capacity|amount|number|size|scale|share|percentage|target)\\b|^\\s*(what|which)\\b.*\\btotal\\b");
    private static final Pattern ASKS_WHO = Pattern.compile(
            "^\\s*(who|whom|whose)\\b|\\bwhich (organi[sz]ations?|bod(y|ies)|regulators?|compan(y|ies)|institutions?|agenc(y|ies)|banks?|firms?|"
                    + "authorit(y|ies)|universit(y|ies)|partners?|government)\\b|\\bwho\\b");
    private static final Pattern ASKS_WHY =
            Pattern.compile("^\\s*(why|how come)\\b|\\bwhat (is|was) the (reason|point|purpose)\\b|\\bwhy\\b");
    private static final Pattern ASKS_DEFINITION = Pattern.compile(
            "^\\s*(what|who)('s| is| are| was| were)\\b|^\\s*define\\b|\\bwhat does .+ (stand for|mean|consist of|include|contain|comprise|cover)\\b"
                    + "|^\\s*meaning of\\b|\\b(consists? of|made up of|comprises?)\\b");
    /** "how many X" / "how much X": X is what must be counted, so the answer has to mention it. */
    private static final Pattern COUNTED = Pattern.compile("\\bhow (?:many|much) ([\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*)");
    /**
     * The thing a question is about, beside its topic: the role in "who is the chief executive of X" or "who heads
     * X", the attribute in "what is the capital of X" or "what is X's address", what was paid for in "how much did
     * X pay for Y". The answer must name it.
     */
    private static final List<Pattern> FOCUS = List.of(
            Pattern.compile(
                    "^\\s*who(?:'s| is| was| will be| are| were)(?: the| a| an)? ((?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+) (?:of|at|for|behind|in charge of)\\b"),
            Pattern.compile("^\\s*who (heads|leads|chairs|directs|founded|owns|manages|led|headed|chaired) "),
            Pattern.compile(
                    "\\bhow much (?:did|does|do|will|would|has|have) .+? (?:pay|spend|spent|paid|invest|invested) (?:for|on|in) (?:the |a |an )?((?:[\\p{L}\\p{N}-]+ ){0,2}[\\p{L}\\p{N}-]+)"),
            Pattern.compile("^\\s*what(?:'s| is| was| are| were) the ((?:[\\p{L}-]+ ){0,1}?[\\p{L}-]+) (?:of|for)\\b"),
            Pattern.compile(
                    "^\\s*what(?:'s| is| was| are| were) (?:the )?[\\p{L}\\p{N} -]+?['’]s? ([\\p{L}-]+)\\s*\\??\\s*$"));

    private final boolean needsEvidence;

    QuestionType(boolean needsEvidence) {
        this.needsEvidence = needsEvidence;
    }

    /** The type of question {@code q} (lower-cased); OTHER when its wording says nothing specific. */
    static QuestionType of(String q) {
        if (ASKS_WHEN.matcher(q).find()) {
            return WHEN;
        }
        if (ASKS_PERCENT.matcher(q).find()) {
            return PERCENT;
        }
        if (ASKS_MONEY.matcher(q).find()) {
            return MONEY;
        }
        if (ASKS_AMOUNT.matcher(q).find()) {
            return AMOUNT;
        }
        if (ASKS_WHY.matcher(q).find()) {
            return WHY;
        }
        if (ASKS_WHO.matcher(q).find()) {
            return WHO;
        }
        if (ASKS_DEFINITION.matcher(q).find()) {
            return DEFINITION;
        }
        return OTHER;
    }

    /** The word after "how many" / "how much" in {@code question} (lower-cased), if any: the thing the question counts. */
    static String counted(String question) {
        Matcher m = COUNTED.matcher(question);
        return m.find() ? m.group(1) : null;
    }

    /** The words of the focus (see {@link #FOCUS}) of {@code question} (lower-cased), or null. */
    static String focus(String question) {
        for (Pattern p : FOCUS) {
            Matcher m = p.matcher(question);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** True when a sentence must offer this type's kind of fact to answer the question. */
    boolean needsEvidence() {
        return needsEvidence;
    }

    /**
     * True when a sentence with {@code facts} offers this type's kind of fact (a date, an amount of money, a share,
     * a number, a name, a definition) that is not already in the question ({@code question} lower-cased); whether
     * the question is about money or a span of time is read once by the caller ({@link #aboutMoney}, {@link #aboutDuration}).
     */
    boolean offeredBy(Facts facts, String question, boolean aboutMoney, boolean aboutDuration) {
        return switch (this) {
            case DEFINITION -> facts.defines() || anyIn(facts.labelWords(), question);
            case WHY -> facts.explains();
            case OTHER -> false;
            default -> {
                for (String fact : offered(facts)) {
                    if (!question.contains(fact)) {
                        yield true;
                    }
                }
                if (this == AMOUNT && aboutMoney) {
                    for (String money : facts.money()) {
                        if (!question.contains(money)) {
                            yield true;
                        }
                    }
                }
                if (this == AMOUNT && aboutDuration) {
                    for (String span : facts.durations()) {
                        if (!question.contains(span)) {
                            yield true;
                        }
                    }
                }
                yield false;
            }
        };
    }

    /** How strongly a sentence with {@code facts} offers the fact (1 = plainly; a "who" sentence naming several new bodies, up to 2). */
    double strength(Facts facts, String question) {
        if (this != WHO) {
            return 1;
        }
        int fresh = 0;
        for (String name : facts.names()) {
            if (!question.contains(name)) {
                fresh++;
            }
        }
        return Math.min(fresh, 4) / 2.0;
    }

    /** The facts of this type's kind a sentence offers; none for the types that need no fact. */
    private String[] offered(Facts facts) {
        return switch (this) {
            case WHEN -> facts.dates();
            case MONEY -> facts.money();
            case PERCENT -> facts.shares();
            case AMOUNT -> facts.numbers();
            case WHO -> facts.names();
            default -> NONE;
        };
    }

    private static final String[] NONE = new String[0];

    /** True when one of {@code words} occurs in the question. */
    static boolean anyIn(String[] words, String question) {
        for (String w : words) {
            if (question.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
