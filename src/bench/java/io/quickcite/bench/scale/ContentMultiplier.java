package io.quickcite.bench.scale;

import io.quickcite.content.ContentLoader;
import io.quickcite.content.Corpus;
import io.quickcite.content.Document;
import io.quickcite.content.Sentence;
import io.quickcite.content.Source;
import io.quickcite.content.SynonymsFile;
import io.quickcite.content.Unit;
import io.quickcite.content.UnitKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a content folder {@code scale} times the sample's size, deterministically: the sample's documents plus
 * synthetic ones. Synthetic document {@code j} follows the structure of sample document {@code j mod n} unit by unit
 * (sections, paragraphs, labelled list items, tables, timelines, FAQs, quick answers, numbered sources), with most
 * sentences, labels, titles and curated entries drawn from anywhere in the sample and then varied by a
 * {@link TextVariation}. Document {@code j} is the same at every scale, so a smaller scale's folder is part of a larger one's.
 */
public final class ContentMultiplier {

    private static final long SEED = 0x5CA1E_2026L;
    /** Share of a synthetic document's sentences, labels and curated entries drawn from the whole sample, not its template. */
    private static final double RECOMBINE = 0.6;
    /** A synthetic document cites at least this many sources, so that every template yields citations. */
    private static final int MIN_SOURCES = 3;
    /** The sample's names a synthetic document may rename: the most frequent, mid-sentence. */
    private static final int NAME_POOL = 50;

    private static final Pattern NAME =
            Pattern.compile("\\b(?:[A-Z][a-z]+|[A-Z]{3,6})(?: (?:[A-Z][a-z]+|[A-Z]{3,6}))*\\b");
    private static final Set<String> NOT_NAMES = Set.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "The",
            "This",
            "That",
            "Instead",
            "Source");

    private final Corpus sample;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<String> eventTitles = new ArrayList<>();
    private final List<Unit> curated = new ArrayList<>();
    private final List<String> sourceTitles = new ArrayList<>();
    private final List<String> publishers;
    private final List<String> names;

    private ContentMultiplier(Corpus sample) {
        this.sample = sample;
        Set<String> publisherSet = new TreeSet<>();
        for (Document d : sample.documents()) {
            if (d.publisher() != null) {
                publisherSet.add(d.publisher());
            }
            for (Source s : d.sources()) {
                if (s.title() != null) {
                    sourceTitles.add(s.title());
                }
                if (s.publisher() != null) {
                    publisherSet.add(s.publisher());
                }
            }
        }
        publishers = List.copyOf(publisherSet);
        for (Unit u : sample.units()) {
            if (u.kind().curated()) {
                curated.add(u);
                continue;
            }
            List<Sentence> own = body(u);
            own.stream().filter(ContentMultiplier::standsAlone).forEach(sentences::add);
            if (u.kind() == UnitKind.TIMELINE_ENTRY) {
                eventTitles.add(eventTitle(u));
            } else if (!u.label().isEmpty()) {
                labels.add(u.label());
            }
            sourceTitles.add(u.section());
        }
        names = names(sample);
    }

    /** Writes the sample of {@code sampleDir} and its synonyms file, plus synthetic documents up to {@code scale} times as many, into {@code out} (emptied first). */
    public static int write(Path sampleDir, int scale, Path out) throws IOException {
        Corpus sample = ContentLoader.load(sampleDir);
        clean(out);
        for (Path file : ContentLoader.files(sampleDir)) {
            Files.copy(file, out.resolve(sampleDir.relativize(file).toString()));
        }
        if (Files.isRegularFile(sampleDir.resolve(SynonymsFile.NAME))) {
            Files.copy(sampleDir.resolve(SynonymsFile.NAME), out.resolve(SynonymsFile.NAME));
        }
        ContentMultiplier multiplier = new ContentMultiplier(sample);
        int synthetic = (scale - 1) * sample.documents().size();
        for (int j = 0; j < synthetic; j++) {
            Document template = sample.documents().get(j % sample.documents().size());
            String id = String.format("s%05d-%s", j, template.id());
            Files.writeString(out.resolve(id + ".md"), multiplier.document(j, id, template), StandardCharsets.UTF_8);
        }
        return sample.documents().size() + synthetic;
    }

    /** Synthetic document {@code j}: front matter and body in the content format of content/README.md. */
    private String document(int j, String id, Document template) {
        Random random = new Random(SEED + 7919L * j);
        TextVariation vary = new TextVariation(random, names);
        int sourceCount = Math.max(MIN_SOURCES, template.sources().size());
        StringBuilder md = new StringBuilder("---\n");
        md.append("id: ").append(id).append('\n');
        md.append("title: ").append(value(vary.apply(template.title()))).append('\n');
        if (template.publisher() != null) {
            md.append("publisher: ").append(value(pick(random, publishers))).append('\n');
        }
        md.append("url: /scale/").append(id).append('\n');
        md.append("published: ").append(vary.isoDate()).append('\n');
        if (template.summary() != null) {
            md.append("summary: ").append(value(vary.apply(template.summary()))).append('\n');
        }
        md.append("sources:\n");
        for (int n = 1; n <= sourceCount; n++) {
            md.append("  - n: ").append(n).append('\n');
            md.append("    title: ")
                    .append(value(vary.apply(pick(random, sourceTitles))))
                    .append('\n');
            md.append("    publisher: ").append(value(pick(random, publishers))).append('\n');
            md.append("    url: https://example.org/")
                    .append(id)
                    .append("/sources/")
                    .append(n)
                    .append('\n');
        }
        md.append("---\n");
        Body body = new Body(md, random, vary, sourceCount);
        sample.units().stream()
                .filter(u -> u.documentId().equals(template.id()))
                .forEach(body::unit);
        body.close();
        return md.toString();
    }

    /** Renders a template's units one after the other, opening and closing headings, tables and blocks as they change. */
    private final class Body {

        private final StringBuilder md;
        private final Random random;
        private final TextVariation vary;
        private final int sourceCount;
        private String anchor = "";
        private UnitKind open;
        private int entries;

        Body(StringBuilder md, Random random, TextVariation vary, int sourceCount) {
            this.md = md;
            this.random = random;
            this.vary = vary;
            this.sourceCount = sourceCount;
        }

        void unit(Unit u) {
            if (!u.anchor().equals(anchor)) {
                close();
                anchor = u.anchor();
                md.append("\n## ").append(vary.apply(u.section())).append('\n');
            }
            if (u.kind() != open) {
                close();
                open(u.kind());
            }
            switch (u.kind()) {
                case PARAGRAPH ->
                    md.append('\n').append(text(body(u), true, vary::apply)).append('\n');
                case LIST_ITEM ->
                    md.append('\n')
                            .append(u.label().isEmpty() ? "- " : "- **" + label(u) + "**: ")
                            .append(text(body(u), true, vary::apply))
                            .append('\n');
                case TABLE_ROW ->
                    md.append("| ")
                            .append(cell(label(u)))
                            .append(" | ")
                            .append(cell(text(body(u), true, vary::apply)))
                            .append(" |\n");
                case TIMELINE_ENTRY -> {
                    String title = vary.apply(recombine() ? pick(random, eventTitles) : eventTitle(u))
                            .replace("*", "");
                    md.append("- **")
                            .append(vary.date())
                            .append("** — ")
                            .append(title)
                            .append('\n');
                    List<Sentence> event = body(u);
                    if (!event.isEmpty()) {
                        md.append("  ").append(text(event, true, vary::apply)).append('\n');
                    }
                }
                case FAQ, QUICK_ANSWER -> {
                    Unit entry = recombine() ? pick(random, curated) : u;
                    UnaryOperator<String> words = vary.entry(entry.questions().get(0), names);
                    for (String q : entry.questions()) {
                        md.append("Q: {#entry-")
                                .append(++entries)
                                .append("} ")
                                .append(words.apply(q))
                                .append('\n');
                    }
                    md.append("A: ")
                            .append(text(entry.sentences(), false, words))
                            .append("\n\n");
                }
            }
        }

        private void open(UnitKind kind) {
            open = kind;
            switch (kind) {
                case TABLE_ROW -> md.append("\n| Name | What it is |\n|---|---|\n");
                case TIMELINE_ENTRY -> md.append("\n::: timeline\n");
                case FAQ -> md.append("\n::: faq\n");
                case QUICK_ANSWER -> md.append("\n::: quick-answer\n");
                default -> {}
            }
        }

        void close() {
            if (open == UnitKind.TIMELINE_ENTRY || open == UnitKind.FAQ || open == UnitKind.QUICK_ANSWER) {
                md.append(":::\n");
            }
            open = null;
        }

        private String label(Unit u) {
            return vary.apply(recombine() && !labels.isEmpty() ? pick(random, labels) : u.label())
                    .replace("*", "");
        }

        /** The sentences, each kept or (when {@code mix}) swapped for one from anywhere in the sample, reworded, with its citations renumbered. */
        private String text(List<Sentence> template, boolean mix, UnaryOperator<String> words) {
            StringBuilder b = new StringBuilder();
            for (Sentence s : template) {
                Sentence chosen = mix && (recombine() || !standsAlone(s)) ? pick(random, sentences) : s;
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(words.apply(chosen.text()));
                Set<Integer> cited = new LinkedHashSet<>();
                chosen.citations().forEach(n -> cited.add((n - 1) % sourceCount + 1));
                cited.forEach(n -> b.append('[').append(n).append(']'));
            }
            return b.toString();
        }

        private boolean recombine() {
            return random.nextDouble() < RECOMBINE;
        }
    }

    /** A passage's own sentences: without the "Label: " the parser puts before a list item's or table row's first one, or a timeline entry's "date — title". */
    private static List<Sentence> body(Unit u) {
        List<Sentence> own = new ArrayList<>(u.sentences());
        if (u.kind() == UnitKind.TIMELINE_ENTRY) {
            own.remove(0);
        } else if (!u.label().isEmpty() && own.get(0).text().startsWith(u.label() + ": ")) {
            Sentence first = own.get(0);
            own.set(0, new Sentence(first.text().substring(u.label().length() + 2), first.citations()));
        }
        return own;
    }

    private static String eventTitle(Unit u) {
        String first = u.sentences().get(0).text();
        int dash = first.indexOf(" — ");
        return dash < 0 ? first : first.substring(dash + 3);
    }

    /** True for a sentence that can open a paragraph or list item without reading as other Markdown. */
    private static boolean standsAlone(Sentence s) {
        return s.text().matches("^[\\p{L}\"“‘'(].*") && !s.text().contains("<!--");
    }

    /** The sample's most frequent names written mid-sentence (single words, acronyms and runs of capitalised words). */
    private static List<String> names(Corpus sample) {
        Map<String, Integer> counts = new HashMap<>();
        for (Unit u : sample.units()) {
            for (Sentence s : u.sentences()) {
                Matcher m = NAME.matcher(s.text());
                while (m.find()) {
                    if (m.start() > 0 && !NOT_NAMES.contains(m.group())) {
                        counts.merge(m.group(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(NAME_POOL)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** A front-matter value, quoted when it holds ": " or "#". */
    private static String value(String v) {
        v = v.replace("\"", "'");
        return v.contains(": ") || v.contains("#") ? "\"" + v + "\"" : v;
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static void clean(Path out) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(out);
    }
}
