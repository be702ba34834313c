package com.modbench.engine.text.language;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The languages the n-gram detector knows and their merged tables ({@link BackoffTables} for n-gram lengths 1–3,
 * {@link NgramIndex} for 4–5), read from the model files inside
 * the Lingua artifact ({@link NgramFile}; only the data is used, not Lingua's classes). Full languages get n-gram
 * lengths 1–5, the others 1–3. Loading reads ~200 MB of model text: do it once.
 */
final class LanguageModels {

    /** One language: its position in the index, the script most of its letters use, whether it has lengths 4–5. */
    record Language(int index, String iso639_1, UnicodeScript script, boolean full) {
    }

    private final List<Language> languages;
    private final BackoffTables dense;
    private final NgramIndex sparse;
    private final Map<UnicodeScript, int[]> allByScript = new EnumMap<>(UnicodeScript.class);
    private final Map<UnicodeScript, int[]> fullByScript = new EnumMap<>(UnicodeScript.class);
    private final Map<UnicodeScript, QuickTrigrams> quickByScript = new EnumMap<>(UnicodeScript.class);

    LanguageModels(List<Language> languages, BackoffTables dense, NgramIndex sparse) {
        this(languages, dense, sparse, null);
    }

    /** With the first-look tables ({@link QuickTrigrams}) of the scripts that have them. */
    private LanguageModels(List<Language> languages, BackoffTables dense, NgramIndex sparse,
            Map<UnicodeScript, QuickTrigrams> quickByScript) {
        this.languages = List.copyOf(languages);
        this.dense = dense;
        this.sparse = sparse;
        for (Language language : languages) {
            allByScript.merge(language.script(), new int[] {language.index()}, LanguageModels::concat);
            if (language.full()) {
                fullByScript.merge(language.script(), new int[] {language.index()}, LanguageModels::concat);
            }
        }
        if (quickByScript != null) {
            this.quickByScript.putAll(quickByScript);
        }
    }

    /**
     * Loads {@code languages} (ISO 639-1), with lengths 4–5 for those in {@code fullLanguages}. Languages are
     * numbered by script, those with full models first, so the candidates for a text are one contiguous range.
     */
    static LanguageModels load(Collection<String> languages, Set<String> fullLanguages) {
        if (languages.size() > NgramIndex.MAX_LANGUAGES) {
            throw new IllegalArgumentException("at most " + NgramIndex.MAX_LANGUAGES + " languages");
        }
        List<Language> numbered = number(languages, fullLanguages);
        BackoffTables dense = new BackoffTables(numbered.size());
        NgramIndex sparse = new NgramIndex();
        Map<UnicodeScript, QuickTrigrams> quick = new EnumMap<>(UnicodeScript.class);
        for (int order = 1; order <= NgramIndex.MAX_ORDER; order++) {
            int n = order;
            boolean isDense = order <= BackoffTables.DENSE_ORDERS;
            EntryReader[] readers = numbered.parallelStream()
                    .map(language -> read(language.iso639_1(), language.index(), n, n > 3 && !language.full(),
                            isDense && n > 1))
                    .toArray(EntryReader[]::new);
            long[] entries = concat(readers, false);
            if (isDense) {
                dense.build(order, entries, entries.length, order == 1 ? new long[0] : concat(readers, true));
                if (order == 3) {
                    quick = quickTrigrams(numbered, entries);
                }
            } else {
                sparse.build(order, entries, entries.length);
            }
        }
        return new LanguageModels(numbered, dense, sparse, quick);
    }

    /** {@link QuickTrigrams} for every script of several languages, from all languages' trigrams, sorted. */
    private static Map<UnicodeScript, QuickTrigrams> quickTrigrams(List<Language> numbered, long[] sortedTrigrams) {
        int[][] cheapest = QuickTrigrams.cheapest(sortedTrigrams, sortedTrigrams.length, numbered.size(),
                QuickTrigrams.PER_LANGUAGE);
        Map<UnicodeScript, QuickTrigrams> quick = new EnumMap<>(UnicodeScript.class);
        for (int from = 0, to; from < numbered.size(); from = to) {
            UnicodeScript script = numbered.get(from).script();
            to = from;
            while (to < numbered.size() && numbered.get(to).script() == script) {
                to++; // numbered by script: a script's languages are one range
            }
            if (to - from > 1) {
                quick.put(script, QuickTrigrams.of(sortedTrigrams, from, to, cheapest));
            }
        }
        return quick;
    }

    /** The languages in index order: by script (that of most of their letters), full models first, then by code. */
    private static List<Language> number(Collection<String> languages, Set<String> fullLanguages) {
        List<Language> unnumbered = languages.parallelStream()
                .map(code -> new Language(-1, code, script(code), fullLanguages.contains(code)))
                .sorted(Comparator.comparing(Language::script).thenComparing(l -> !l.full())
                        .thenComparing(Language::iso639_1))
                .toList();
        List<Language> numbered = new ArrayList<>();
        for (Language language : unnumbered) {
            numbered.add(new Language(numbered.size(), language.iso639_1(), language.script(), language.full()));
        }
        return numbered;
    }

    private static UnicodeScript script(String iso639_1) {
        if ("ja".equals(iso639_1)) {
            return UnicodeScript.HIRAGANA;
        }
        int[] counts = new int[UnicodeScript.values().length];
        boolean exists = NgramFile.read(iso639_1, 1, (text, start, end, probability) -> {
            int cp = text.codePointAt(start);
            if (Character.isLetter(cp)) {
                counts[UnicodeScript.of(cp).ordinal()]++;
            }
        });
        if (!exists) {
            throw new IllegalStateException("no language model for '" + iso639_1 + "' on the classpath");
        }
        return mostFrequent(counts);
    }

    /** One model file read into packed entries (and, when asked, prefix pairs); nothing when {@code skip}. */
    private static EntryReader read(String iso639_1, int language, int order, boolean skip, boolean prefixes) {
        EntryReader reader = new EntryReader(language, prefixes);
        if (!skip) {
            NgramFile.read(iso639_1, order, reader);
        }
        return reader;
    }

    private static long[] concat(EntryReader[] readers, boolean prefixes) {
        long[] all = new long[Arrays.stream(readers).mapToInt(r -> r.size).sum()];
        int size = 0;
        for (EntryReader reader : readers) {
            System.arraycopy(prefixes ? reader.prefixes : reader.entries, 0, all, size, reader.size);
            size += reader.size;
        }
        return all;
    }

    private static final class EntryReader implements NgramFile.Visitor {
        private final int language;
        private long[] entries = new long[1024];
        /** {@code fingerprint << 32 | prefix fingerprint} per entry, when asked for. */
        private long[] prefixes;
        private int size;
        private double lastProbability = -1;
        private int lastCost;

        EntryReader(int language, boolean prefixes) {
            this.language = language;
            this.prefixes = prefixes ? new long[1024] : null;
        }

        @Override
        public void ngram(String text, int start, int end, double probability) {
            if (probability != lastProbability) {
                lastProbability = probability;
                lastCost = NgramFingerprint.cost(probability);
            }
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
                prefixes = prefixes == null ? null : Arrays.copyOf(prefixes, size * 2);
            }
            int fingerprint = NgramFingerprint.of(text, start, end);
            if (prefixes != null) {
                prefixes[size] = (long) fingerprint << 32 | NgramFingerprint.of(text, start, end - 1) & 0xFFFFFFFFL;
            }
            entries[size++] = NgramIndex.pack(fingerprint, language, lastCost);
        }
    }

    List<Language> languages() {
        return languages;
    }

    /** Lengths 1–3. */
    BackoffTables dense() {
        return dense;
    }

    /** Lengths 4–5. */
    NgramIndex sparse() {
        return sparse;
    }

    long bytes() {
        return dense.bytes() + sparse.bytes()
                + quickByScript.values().stream().mapToLong(QuickTrigrams::bytes).sum();
    }

    /** The first-look table of the script's languages, or null when the script has fewer than two. */
    QuickTrigrams quick(UnicodeScript script) {
        return quickByScript.get(script);
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
