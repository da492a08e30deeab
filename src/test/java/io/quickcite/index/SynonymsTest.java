package io.quickcite.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Content is expanded with the equivalents of every phrase it holds; what is added is itself expanded once, longest phrase first. */
class SynonymsTest {

    private static final Synonyms SYNONYMS = Synonyms.of(List.of(
            List.of(new String[] {"aisc"}, new String[] {"artifici", "intellig", "supercomput", "centr"}),
            List.of(new String[] {"ai"}, new String[] {"artifici", "intellig"}),
            List.of(new String[] {"begin"}, new String[] {"commenc"}, new String[] {"launch"})));

    @Test
    void anAcronymBringsItsLongFormAndWhatThatLongFormStandsFor() {
        assertEquals(
                Set.of("aisc", "artifici", "intellig", "supercomput", "centr", "ai"),
                SYNONYMS.expandTerms(new String[] {"aisc"}));
    }

    @Test
    void aLongFormBringsItsAcronymSpanningThePhrase() {
        List<Analysis.Token> tokens = List.of(
                new Analysis.Token("artifici", 0, 10),
                new Analysis.Token("intellig", 11, 23),
                new Analysis.Token("supercomput", 24, 38),
                new Analysis.Token("centr", 39, 45),
                new Analysis.Token("commenc", 46, 55));
        Synonyms.Expanded e = SYNONYMS.expand(tokens);
        assertEquals(
                List.of(
                        new Analysis.Token("artifici", 0, 10),
                        new Analysis.Token("aisc", 0, 45),
                        new Analysis.Token("ai", 0, 45),
                        new Analysis.Token("intellig", 11, 23),
                        new Analysis.Token("supercomput", 24, 38),
                        new Analysis.Token("centr", 39, 45),
                        new Analysis.Token("commenc", 46, 55),
                        new Analysis.Token("begin", 46, 55),
                        new Analysis.Token("launch", 46, 55)),
                e.tokens());
        assertEquals(List.of(false, true, true, false, false, false, false, true, true), e.added());
    }

    @Test
    void aPartialPhraseAddsNothing() {
        assertEquals(Set.of("supercomput", "centr"), SYNONYMS.expandTerms(new String[] {"supercomput", "centr"}));
    }

    @Test
    void groupsSharingAPhraseMerge() {
        Synonyms s = Synonyms.of(List.of(
                List.of(new String[] {"a"}, new String[] {"b"}), List.of(new String[] {"b"}, new String[] {"c"})));
        assertEquals(Set.of("a", "b", "c"), s.expandTerms(new String[] {"c"}));
    }

    @Test
    void theContentAnalyzerAddsSynonymsAndTheQuestionAnalyzerDoesNot() {
        Synonyms s = Synonyms.of(List.of(List.of(new String[] {"gba"}, new String[] {"greater", "bai", "area"})));
        assertEquals(
                List.of("greater", "gba", "bai", "area"),
                List.of(Analysis.terms(IndexFormat.analyzer(s), IndexFormat.BODY, "Greater Bay Area")));
        assertEquals(
                List.of("greater", "bai", "area"),
                List.of(Analysis.terms(IndexFormat.analyzer(), IndexFormat.BODY, "Greater Bay Area")));
    }

    @Test
    void aLongFormAlsoMatchesWhenAPartOfItIsWrittenAsItsOwnSynonym() {
        Synonyms s = Synonyms.of(List.of(
                List.of(new String[] {"airdi"}, new String[] {"artifici", "intellig", "research", "develop", "institut"
                }),
                List.of(new String[] {"ai"}, new String[] {"artifici", "intellig"})));
        assertEquals(
                Set.of("ai", "research", "develop", "institut", "airdi", "artifici", "intellig"),
                s.expandTerms(new String[] {"ai", "research", "develop", "institut"}));
    }
}
