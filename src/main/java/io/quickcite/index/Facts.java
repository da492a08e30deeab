package io.quickcite.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one sentence offers an answer, found by the indexer and stored with the index (the patterns cost hundreds of
 * microseconds a sentence, so nothing reads them at start or per question): the dates, amounts of money, shares,
 * numbers, names and spans of time it states (lower-cased, so that a question already stating one is not answered
 * with it), whether it reads as a definition or gives a reason, the words of its opening label, whether it opens by
 * pointing back ("It", "These") and its length in words.
 */
public record Facts(
        String[] dates,
        String[] money,
        String[] shares,
        String[] numbers,
        String[] names,
        String[] durations,
        boolean defines,
        boolean explains,
        String[] labelWords,
        boolean pointsBack,
        int words) {

    /** A sentence opening with one of these words leans on the sentence before it. */
    private static final Pattern POINTS_BACK =
            Pattern.compile("(It|Its|This|That|These|Those|They|Their|Such|He|She|His|Her)\\b");

    private static final String MONTH =
            "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
    private static final Pattern DATE = Pattern.compile(
            "\\b" + MONTH + "(?:\\s+\\d{1,2}(?:,\\s*(?:19|20)\\d{2})?|\\s+(?:19|20)\\d{2})?\\b"
                    + "|\\b\\d{1,2}\\s+" + MONTH + "(?:\\s+(?:19|20)\\d{2})?\\b"
                    + "|\\b(?:(?:first|second|1st|2nd|h1|h2|q[1-4])\\s+half\\s+of\\s+)?(?:end-)?(?:19|20)\\d{2}s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY_AMOUNT = Pattern.compile(
            "(?:\\b(?:hk|us|s|a|nz|rmb)?\\$|[€£¥]|\\b(?:rmb|usd|hkd|eur)\\s?)\\s?\\d[\\d,.]*(?:\\s?(?:bn|m|k|b|million|billion|trillion))?"
                    + "|\\b\\d[\\d,.]*\\s?(?:million|billion|trillion)?\\s?(?:dollars|yuan|euros|pounds)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.$€£¥-])\\d[\\d,.]*(?:\\s?(?:%|percent|per cent|bn|million|billion|trillion))?(?![\\w-])"
                    + "|\\b(?:one(?! of\\b)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens?|"
                    + "hundreds|thousands|millions|several|half|a third|a quarter)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A span of time ("three-year", "18 months"): it answers how long, not how much or how many. */
    private static final Pattern SPAN_OF_TIME = Pattern.compile(
            "\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty)[- ](?:years?|months?|weeks?|days?|hours?)(?:-long)?\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SHARE = Pattern.compile(
            "\\d[\\d.]*\\s?(?:%|percent|per cent)|\\b(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters|majority|minority|most|all)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "\\b(?:[A-Z][\\p{L}’'.&-]*[A-Za-z]|[A-Z]{2,})(?:\\s+(?:of|for|and|the|de|on)?\\s*(?:[A-Z][\\p{L}’'.&-]*[A-Za-z]|[A-Z]{2,}))*");
    private static final Pattern DEFINES = Pattern.compile(
            "\\b(?:is|are|was|were) (?:a|an|the|one of)\\b|\\b(?:means|refers to|stands for|defined as|includes|involves|sets out|covers|"
                    + "contains|consists of|comprises)\\b|, (?:a|an) \\w",
            Pattern.CASE_INSENSITIVE);
    /** "an explainable AI toolkit, Project Noor": a name introduced by what it is. */
    private static final Pattern APPOSITION =
            Pattern.compile("\\b(?:[Aa]n?)\\s+(?:[\\w-]+\\s+){0,5}[\\w-]+,\\s+\\p{Lu}");
    /** A passage that opens "Label: ..." defines its label. */
    private static final Pattern LABEL = Pattern.compile("^([^:]{1,60}): ");
    /** Words that give a reason or a consequence. */
    private static final Pattern EXPLAINS = Pattern.compile(
            "\\b(because|since|so that|which means|means that|turns?|makes?|allows?|lets|so|therefore|thus|hence|as a result|due to|"
                    + "driven by|leading to|leads to|resulting in|in order to|matters?|reason)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The facts of {@code sentence}. */
    public static Facts of(String sentence) {
        String withoutDatesAndMoney =
                MONEY_AMOUNT.matcher(DATE.matcher(sentence).replaceAll(" ")).replaceAll(" ");
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(sentence);
        while (m.find()) {
            String name = m.group();
            boolean loneOpener = m.start() == 0
                    && name.indexOf(' ') < 0
                    && name.chars().filter(Character::isUpperCase).count() == 1;
            if (!loneOpener) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return new Facts(
                all(DATE.matcher(sentence)),
                all(MONEY_AMOUNT.matcher(sentence)),
                all(SHARE.matcher(sentence)),
                all(NUMBER.matcher(SPAN_OF_TIME.matcher(withoutDatesAndMoney).replaceAll(" "))),
                names.toArray(String[]::new),
                all(SPAN_OF_TIME.matcher(withoutDatesAndMoney)),
                DEFINES.matcher(sentence).find() || APPOSITION.matcher(sentence).find(),
                EXPLAINS.matcher(sentence).find(),
                labelWords(sentence),
                POINTS_BACK.matcher(sentence).lookingAt(),
                sentence.split("\\s+").length);
    }

    /** The words (four letters or more, question words left out) of the label a text opens with ("Label: ..."), lower-cased; none without a label. */
    public static String[] labelWords(String text) {
        Matcher m = LABEL.matcher(text);
        if (!m.find()) {
            return new String[0];
        }
        return Arrays.stream(m.group(1).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4 && !IndexFormat.QUESTION_WORDS.contains(w))
                .toArray(String[]::new);
    }

    private static String[] all(Matcher m) {
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group().toLowerCase(Locale.ROOT).strip());
        }
        return found.toArray(String[]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Facts f
                && Arrays.equals(dates, f.dates)
                && Arrays.equals(money, f.money)
                && Arrays.equals(shares, f.shares)
                && Arrays.equals(numbers, f.numbers)
                && Arrays.equals(names, f.names)
                && Arrays.equals(durations, f.durations)
                && defines == f.defines
                && explains == f.explains
                && Arrays.equals(labelWords, f.labelWords)
                && pointsBack == f.pointsBack
                && words == f.words;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(names) * 31 + words;
    }

    @Override
    public String toString() {
        return "Facts[dates=" + Arrays.toString(dates) + ", money=" + Arrays.toString(money) + ", shares="
                + Arrays.toString(shares)
                + ", numbers=" + Arrays.toString(numbers) + ", names=" + Arrays.toString(names) + ", durations="
                + Arrays.toString(durations)
                + ", defines=" + defines + ", explains=" + explains + ", labelWords=" + Arrays.toString(labelWords)
                + ", pointsBack=" + pointsBack + ", words=" + words + "]";
    }
}
