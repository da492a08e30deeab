package io.quickcite.content;

/**
 * Keeps inline code whole through sentence splitting and citation reading: its full stops, question and exclamation
 * marks and brackets are held as private-use characters until the sentences are cut, then given back.
 */
final class CodeSpans {

    private static final String PLAIN = ".?![]";
    private static final String HELD = "\uE000\uE001\uE002\uE003\uE004";

    private CodeSpans() {}

    /** {@code code} with its sentence and marker punctuation held. */
    static String hold(String code) {
        StringBuilder b = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            int k = PLAIN.indexOf(c);
            b.append(k >= 0 ? HELD.charAt(k) : c);
        }
        return b.toString();
    }

    /** {@code text} with held punctuation given back. */
    static String release(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            int k = HELD.indexOf(text.charAt(i));
            if (k >= 0) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                b.setCharAt(i, PLAIN.charAt(k));
            }
        }
        return b == null ? text : b.toString();
    }
}
