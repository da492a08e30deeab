package io.quickcite.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** All documents and answer units of a site, in content order, and the site's name. */
public record Corpus(String siteName, List<Document> documents, List<Unit> units) {

    public Corpus {
        documents = List.copyOf(documents);
        units = List.copyOf(units);
    }

    /** A corpus named after its first document. */
    public Corpus(List<Document> documents, List<Unit> units) {
        this(documents.isEmpty() ? "" : documents.get(0).title(), documents, units);
    }

    /** Documents by id. */
    public Map<String, Document> documentsById() {
        Map<String, Document> byId = new HashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        return byId;
    }
}
