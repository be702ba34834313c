package com.modbench.api;

/**
 * Query options of {@code ProcessText/Screen}. {@code language} is ISO 639-3 or null (detect); {@code listId} is
 * a custom term list id or null (built-in lexicon only).
 */
public record ScreenOptions(String language, boolean autocorrect, boolean pii, Integer listId, boolean classify) {

    public static final ScreenOptions DEFAULT = new ScreenOptions(null, false, false, null, false);

    public static ScreenOptions all() {
        return new ScreenOptions(null, true, true, null, true);
    }

    public ScreenOptions withLanguage(String value) {
        return new ScreenOptions(value, autocorrect, pii, listId, classify);
    }

    public ScreenOptions withAutocorrect(boolean value) {
        return new ScreenOptions(language, value, pii, listId, classify);
    }

    public ScreenOptions withPii(boolean value) {
        return new ScreenOptions(language, autocorrect, value, listId, classify);
    }

    public ScreenOptions withListId(Integer value) {
        return new ScreenOptions(language, autocorrect, pii, value, classify);
    }

    public ScreenOptions withClassify(boolean value) {
        return new ScreenOptions(language, autocorrect, pii, listId, value);
    }
}
