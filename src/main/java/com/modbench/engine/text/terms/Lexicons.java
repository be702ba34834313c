package com.modbench.engine.text.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the built-in lexicons shipped as {@code /lexicon/<lang>.tsv} (term, category, severity). */
public final class Lexicons {

    private Lexicons() {
    }

    public static List<TermEntry> load(String resourceLanguage) {
        String path = "/lexicon/" + resourceLanguage + ".tsv";
        try (InputStream in = Lexicons.class.getResourceAsStream(path)) {
            if (in == null) {
                return List.of();
            }
            List<TermEntry> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                TermCategory category = cols.length > 1 ? TermCategory.parse(cols[1]) : TermCategory.OFFENSIVE;
                int severity = cols.length > 2 ? Integer.parseInt(cols[2].trim()) : 2;
                entries.add(new TermEntry(cols[0], 0, category, severity));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }
}
