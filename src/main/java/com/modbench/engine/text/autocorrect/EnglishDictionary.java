package com.modbench.engine.text.autocorrect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.Suggester;
import org.apache.lucene.analysis.hunspell.WordFormGenerator;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The en_US Hunspell dictionary (SCOWL, from npm {@code dictionary-en}; see {@code hunspell/en_US.LICENSE}) read by
 * Lucene's pure-Java Hunspell, every simple word form it generates (lower-cased, for fast candidate checks), and a
 * commonness rank: the SCOWL size level that first lists a word (10 = the most common; see
 * {@code tools/hunspell/build-en-us.sh}). Loaded once per JVM, on first use.
 */
final class EnglishDictionary {

    /** Level given to dictionary words that no list up to size 50 has. */
    static final int RARE = 60;

    private static final class Shared {
        static final EnglishDictionary INSTANCE = new EnglishDictionary();
    }

    private final Dictionary dictionary;
    private final ThreadLocal<Hunspell> spellers;
    private final Suggester suggester;
    private final Set<String> forms;
    private final Map<String, Integer> levels;

    private EnglishDictionary() {
        try (InputStream aff = resource("en_US.aff"); InputStream dic = resource("en_US.dic")) {
            dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, dic);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the en_US dictionary", e);
        } catch (ParseException e) {
            throw new IllegalStateException("the en_US dictionary does not parse", e);
        }
        spellers = ThreadLocal.withInitial(() -> new Hunspell(dictionary));
        suggester = new Suggester(dictionary).withSuggestibleEntryCache();
        Set<String> all = new HashSet<>(200_000);
        new WordFormGenerator(dictionary).generateAllSimpleWords(
                word -> all.add(word.getWord().toLowerCase(Locale.ROOT)), () -> { });
        forms = all;
        levels = readLevels();
    }

    static EnglishDictionary shared() {
        return Shared.INSTANCE;
    }

    /** Hunspell's verdict, which knows capitalisation, compounds and affixes. */
    boolean spells(String word) {
        return spellers.get().spell(word);
    }

    /** Fast membership of a lower-case word form. */
    boolean isForm(String lowerCaseWord) {
        return forms.contains(lowerCaseWord);
    }

    /** The SCOWL size level of a lower-case word, {@link #RARE} if not in the lists up to 50. */
    int level(String lowerCaseWord) {
        return levels.getOrDefault(lowerCaseWord, RARE);
    }

    Suggester suggester() {
        return suggester;
    }

    int formCount() {
        return forms.size();
    }

    private static Map<String, Integer> readLevels() {
        Map<String, Integer> levels = new HashMap<>(80_000);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource("en_US.freq"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    levels.merge(line.substring(0, tab).toLowerCase(Locale.ROOT),
                            Integer.parseInt(line.substring(tab + 1)), Math::min);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word ranks", e);
        }
        return levels;
    }

    private static InputStream resource(String name) {
        InputStream in = EnglishDictionary.class.getResourceAsStream("/hunspell/" + name);
        if (in == null) {
            throw new IllegalStateException("/hunspell/" + name + " is missing from the classpath");
        }
        return in;
    }
}
