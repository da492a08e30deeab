package io.quickcite.answer;

import io.micronaut.serde.annotation.Serdeable;
import io.quickcite.content.Unit;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** The site's FAQ and quick-answer entries as full answers, in content order; built once. */
@Singleton
public final class FaqCatalog {

    /** One FAQ item of the API. */
    @Serdeable
    public record Item(String question, Answer answer) {}

    private final List<Item> items;

    public FaqCatalog(SiteIndex index) {
        AnswerBuilder builder = new AnswerBuilder(index);
        List<Item> list = new ArrayList<>();
        List<Unit> units = index.corpus().units();
        for (int ord = 0; ord < units.size(); ord++) {
            if (units.get(ord).kind().curated()) {
                list.add(new Item(units.get(ord).questions().get(0), builder.whole(ord)));
            }
        }
        this.items = List.copyOf(list);
    }

    /** All entries. */
    public List<Item> items() {
        return items;
    }
}
