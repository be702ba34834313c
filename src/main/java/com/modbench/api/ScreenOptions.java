package com.modbench.api;

/**
 * Query options of {@code ProcessText/Screen}. {@code language} is ISO 639-3 or null (detect); {@code listId} is
 * a custom term list id or null (built-in lexicon only).
 *
 * <p>Extensions (docs/api-extensions.md, query parameter {@code modbench-pii}): {@code extendedPii} adds credit
 * cards and IBANs to {@code PII}; {@code strictPii} validates SSNs, phones and ZIP codes by their issuing rules
 * instead of reproducing the retired service (which reported 999-99-9999 as an SSN).
 */
public record ScreenOptions(String language, boolean autocorrect, boolean pii, Integer listId, boolean classify,
        boolean extendedPii, boolean strictPii) {

    public static final ScreenOptions DEFAULT = new ScreenOptions(null, false, false, null, false);

    /** The stock API's options, with the PII extensions off. */
    public ScreenOptions(String language, boolean autocorrect, boolean pii, Integer listId, boolean classify) {
        this(language, autocorrect, pii, listId, classify, false, false);
    }

    public static ScreenOptions all() {
        return new ScreenOptions(null, true, true, null, true);
    }

    public ScreenOptions withLanguage(String value) {
        return new ScreenOptions(value, autocorrect, pii, listId, classify, extendedPii, strictPii);
    }

    public ScreenOptions withAutocorrect(boolean value) {
        return new ScreenOptions(language, value, pii, listId, classify, extendedPii, strictPii);
    }

    public ScreenOptions withPii(boolean value) {
        return new ScreenOptions(language, autocorrect, value, listId, classify, extendedPii, strictPii);
    }

    public ScreenOptions withListId(Integer value) {
        return new ScreenOptions(language, autocorrect, pii, value, classify, extendedPii, strictPii);
    }

    public ScreenOptions withClassify(boolean value) {
        return new ScreenOptions(language, autocorrect, pii, listId, value, extendedPii, strictPii);
    }

    public ScreenOptions withExtendedPii(boolean value) {
        return new ScreenOptions(language, autocorrect, pii, listId, classify, value, strictPii);
    }

    public ScreenOptions withStrictPii(boolean value) {
        return new ScreenOptions(language, autocorrect, pii, listId, classify, extendedPii, value);
    }
}
