package io.quickcite.answer;

import io.micronaut.serde.annotation.Serdeable;
import io.quickcite.content.Unit;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a page needs to introduce the loaded site: its name and a few things to ask, from the content alone; built once. */
@Singleton
public final class SiteProfile {

    /** At most this many examples. */
    public static final int EXAMPLES = 4;

    /** The site's name and example questions (its curated questions, else section headings of different pages). */
    @Serdeable
    public record Profile(String name, List<String> examples) {}

    private final Profile profile;

    public SiteProfile(SiteIndex index) {
        List<Unit> units = index.corpus().units();
        Set<String> examples = new LinkedHashSet<>();
        for (Unit u : units) {
            if (u.kind().curated() && examples.size() < EXAMPLES) {
                examples.add(u.questions().get(0));
            }
        }
        if (examples.isEmpty()) {
            List<String> documents = new ArrayList<>();
            for (Unit u : units) {
                if (!u.anchor().isEmpty()
                        && !documents.contains(u.documentId())
                        && examples.size() < EXAMPLES
                        && examples.add(u.section())) {
                    documents.add(u.documentId());
                }
            }
        }
        this.profile = new Profile(index.corpus().siteName(), List.copyOf(examples));
    }

    /** The profile. */
    public Profile profile() {
        return profile;
    }
}
