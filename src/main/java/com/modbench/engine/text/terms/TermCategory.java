package com.modbench.engine.text.terms;

import java.util.Locale;

/** What a lexicon term is about; drives the Category1/2/3 classification. */
public enum TermCategory {
    SEXUAL, SUGGESTIVE, OFFENSIVE, SLUR;

    public static TermCategory parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
