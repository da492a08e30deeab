package io.quickcite.content;

/** What an answer unit is: a curated entry or a passage of running content. */
public enum UnitKind {
    FAQ("faq"),
    QUICK_ANSWER("quick-answer"),
    PARAGRAPH("extract"),
    LIST_ITEM("extract"),
    TABLE_ROW("extract"),
    TIMELINE_ENTRY("extract");

    private final String apiName;

    UnitKind(String apiName) {
        this.apiName = apiName;
    }

    /** The {@code kind} value of the answer API. */
    public String apiName() {
        return apiName;
    }

    /** True for FAQ and quick-answer entries, which carry questions. */
    public boolean curated() {
        return this == FAQ || this == QUICK_ANSWER;
    }
}
