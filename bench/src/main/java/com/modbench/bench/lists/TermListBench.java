package com.modbench.bench.lists;

import com.modbench.api.NewTerm;
import com.modbench.api.ScreenOptions;
import com.modbench.api.TermLists;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.engine.lists.CommonWords;
import com.modbench.engine.lists.TermListLimits;
import com.modbench.engine.text.TextScreenerStages;
import com.modbench.store.Database;
import com.modbench.store.lists.SqliteTermListRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Term-list costs on a real database file: importing 10,000 terms, refreshing the index, and screening with and
 * without a 10,000-term list (issue 4 targets: ≤ 2 s, ≤ 1 s, ≤ 1.5×). A plain main, not JMH: the first two are
 * single operations measured over fresh lists; screening is timed over a corpus after a warm-up, best of rounds.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(deps) com.modbench.bench.lists.TermListBench}
 */
public final class TermListBench {

    private static final int TERMS = 10_000;
    private static final int ROUNDS = 5;
    private static final int TEXTS = 2_000;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("modbench-bench");
        Path file = dir.resolve("bench.db");
        TextScreenerStages stages = TextScreenerStages.standard();
        try (Database db = Database.open(file);
             EmbeddedModerator engine = new EmbeddedModerator(stages, new SqliteTermListRepository(db),
                     TermListLimits.DEFAULT)) {
            TermLists lists = engine.termLists();
            List<NewTerm> terms = terms(new Random(42));
            double[] importMs = new double[ROUNDS];
            double[] refreshMs = new double[ROUNDS];
            int listId = -1;
            for (int round = 0; round < ROUNDS; round++) {
                if (listId > 0) {
                    lists.delete(listId);
                }
                listId = lists.create(null).id();
                long start = System.nanoTime();
                int added = lists.addTerms(listId, terms).added();
                importMs[round] = millis(start);
                if (added != TERMS) {
                    throw new IllegalStateException("imported " + added + " of " + TERMS);
                }
                start = System.nanoTime();
                lists.refreshIndex(listId, "eng");
                refreshMs[round] = millis(start);
            }
            List<String> corpus = corpus(new Random(7), terms);
            ScreenOptions plain = ScreenOptions.DEFAULT.withLanguage("eng");
            ScreenOptions withList = plain.withListId(listId);
            ScreenOptions detected = ScreenOptions.DEFAULT;
            ScreenOptions detectedWithList = detected.withListId(listId);
            for (int warm = 0; warm < 3; warm++) {
                screen(engine, corpus, plain);
                screen(engine, corpus, withList);
            }
            double without = best(engine, corpus, plain);
            double with = best(engine, corpus, withList);
            double withoutDetect = best(engine, corpus, detected);
            double withDetect = best(engine, corpus, detectedWithList);
            int customHits = 0;
            for (String text : corpus) {
                var found = engine.text().screen(text, withList).terms();
                customHits += found == null ? 0 : (int) found.stream().filter(t -> t.listId() != 0).count();
            }

            System.out.printf(Locale.ROOT, "import %,d terms (addTerms, one transaction): median %.0f ms, min %.0f ms%n",
                    TERMS, median(importMs), min(importMs));
            System.out.printf(Locale.ROOT, "refresh index (snapshot + compile %,d terms): median %.0f ms, min %.0f ms%n",
                    TERMS, median(refreshMs), min(refreshMs));
            System.out.printf(Locale.ROOT, "screen, language given: %.1f µs without list, %.1f µs with list -> %.2fx"
                    + " (%d custom hits in %d texts)%n", without, with, with / without, customHits, TEXTS);
            System.out.printf(Locale.ROOT, "screen, language detected: %.1f µs without list, %.1f µs with list -> %.2fx%n",
                    withoutDetect, withDetect, withDetect / withoutDetect);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Realistic terms: half single words, half two-word phrases, built from common words plus a suffix. */
    private static List<NewTerm> terms(Random random) {
        List<String> words = CommonWords.english();
        List<NewTerm> out = new ArrayList<>(TERMS);
        for (int i = 0; i < TERMS; i++) {
            String word = words.get(random.nextInt(words.size())) + "z" + Integer.toString(i, 36);
            String term = i % 2 == 0 ? word : words.get(random.nextInt(words.size())) + " " + word;
            out.add(new NewTerm(term, "eng"));
        }
        return out;
    }

    /** Comments of 10–60 common words; one in ten carries a list term. */
    private static List<String> corpus(Random random, List<NewTerm> terms) {
        List<String> words = CommonWords.english().subList(0, 8_000);
        List<String> out = new ArrayList<>(TEXTS);
        for (int i = 0; i < TEXTS; i++) {
            StringBuilder text = new StringBuilder();
            int length = 10 + random.nextInt(50);
            for (int w = 0; w < length; w++) {
                text.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
            }
            if (i % 10 == 0) {
                text.append(" ").append(terms.get(random.nextInt(terms.size())).term());
            }
            out.add(text.length() > 1024 ? text.substring(0, 1024) : text.toString());
        }
        return out;
    }

    private static double best(EmbeddedModerator engine, List<String> corpus, ScreenOptions options) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            best = Math.min(best, screen(engine, corpus, options));
        }
        return best;
    }

    /** Mean µs per screen over the corpus. */
    private static double screen(EmbeddedModerator engine, List<String> corpus, ScreenOptions options) {
        long start = System.nanoTime();
        for (String text : corpus) {
            engine.text().screen(text, options);
        }
        return (System.nanoTime() - start) / 1_000.0 / corpus.size();
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }
}
