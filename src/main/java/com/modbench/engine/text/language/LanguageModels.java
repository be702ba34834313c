package com.modbench.engine.text.language;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The languages the n-gram detector knows and their merged {@link NgramIndex}, read from the model files inside
 * the Lingua artifact ({@link NgramFile}; only the data is used, not Lingua's classes). Full languages get n-gram
 * lengths 1–5, the others 1–3. Loading reads ~200 MB of model text: do it once.
 */
final class LanguageModels {

    /** One language: its position in the index, the script most of its letters use, whether it has lengths 4–5. */
    record Language(int index, String iso639_1, UnicodeScript script, boolean full) {
    }

    private final List<Language> languages;
    private final NgramIndex index;
    private final Map<UnicodeScript, int[]> allByScript = new EnumMap<>(UnicodeScript.class);
    private final Map<UnicodeScript, int[]> fullByScript = new EnumMap<>(UnicodeScript.class);

    private LanguageModels(List<Language> languages, NgramIndex index) {
        this.languages = List.copyOf(languages);
        this.index = index;
        for (Language language : languages) {
            allByScript.merge(language.script(), new int[] {language.index()}, LanguageModels::concat);
            if (language.full()) {
                fullByScript.merge(language.script(), new int[] {language.index()}, LanguageModels::concat);
            }
        }
    }

    /** Loads {@code languages} (ISO 639-1), with lengths 4–5 for those in {@code fullLanguages}. */
    static LanguageModels load(Collection<String> languages, Set<String> fullLanguages) {
        List<String> codes = List.copyOf(languages);
        if (codes.size() > NgramIndex.MAX_LANGUAGES) {
            throw new IllegalArgumentException("at most " + NgramIndex.MAX_LANGUAGES + " languages");
        }
        NgramIndex index = new NgramIndex();
        int[][] scriptCounts = new int[codes.size()][UnicodeScript.values().length];
        for (int order = 1; order <= NgramIndex.MAX_ORDER; order++) {
            int n = order;
            long[][] perLanguage = IntStream.range(0, codes.size()).parallel()
                    .mapToObj(i -> n > 3 && !fullLanguages.contains(codes.get(i)) ? new long[0]
                            : read(codes.get(i), i, n, n == 1 ? scriptCounts[i] : null))
                    .toArray(long[][]::new);
            long[] all = new long[Arrays.stream(perLanguage).mapToInt(a -> a.length).sum()];
            int size = 0;
            for (int i = 0; i < perLanguage.length; i++) {
                System.arraycopy(perLanguage[i], 0, all, size, perLanguage[i].length);
                size += perLanguage[i].length;
                perLanguage[i] = null;
            }
            index.build(order, all, size);
        }
        List<Language> loaded = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            UnicodeScript script = "ja".equals(code) ? UnicodeScript.HIRAGANA : mostFrequent(scriptCounts[i]);
            loaded.add(new Language(i, code, script, fullLanguages.contains(code)));
        }
        return new LanguageModels(loaded, index);
    }

    /** One model file as packed index entries; counts the unigrams' scripts into {@code scripts} when given. */
    private static long[] read(String iso639_1, int language, int order, int[] scripts) {
        EntryReader reader = new EntryReader(language, scripts);
        if (!NgramFile.read(iso639_1, order, reader) && order == 1) {
            throw new IllegalStateException("no language model for '" + iso639_1 + "' on the classpath");
        }
        return Arrays.copyOf(reader.entries, reader.size);
    }

    private static final class EntryReader implements NgramFile.Visitor {
        private final int language;
        private final int[] scripts;
        private long[] entries = new long[1024];
        private int size;
        private double lastProbability = -1;
        private int lastCost;

        EntryReader(int language, int[] scripts) {
            this.language = language;
            this.scripts = scripts;
        }

        @Override
        public void ngram(String text, int start, int end, double probability) {
            if (probability != lastProbability) {
                lastProbability = probability;
                lastCost = NgramFingerprint.cost(probability);
            }
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
            }
            entries[size++] = NgramIndex.pack(NgramFingerprint.of(text, start, end), language, lastCost);
            int cp = text.codePointAt(start);
            if (scripts != null && Character.isLetter(cp)) {
                scripts[UnicodeScript.of(cp).ordinal()]++;
            }
        }
    }

    List<Language> languages() {
        return languages;
    }

    NgramIndex index() {
        return index;
    }

    /** Indexes of the languages written in {@code script}, all or only those with full models. */
    int[] written(UnicodeScript script, boolean fullOnly) {
        return (fullOnly ? fullByScript : allByScript).getOrDefault(script, new int[0]);
    }

    boolean isFull(int language) {
        return languages.get(language).full();
    }

    String iso639_1(int language) {
        return languages.get(language).iso639_1();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static UnicodeScript mostFrequent(int[] counts) {
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return UnicodeScript.values()[best];
    }
}
