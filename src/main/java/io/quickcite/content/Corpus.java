package io.quickcite.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** All documents and answer units of a site, in content order. */
public record Corpus(List<Document> documents, List<Unit> units) {

    public Corpus {
        documents = List.copyOf(documents);
        units = List.copyOf(units);
    }

    /** Documents by id. */
    public Map<String, Document> documentsById() {
        Map<String, Document> byId = new HashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        return byId;
    }
}
