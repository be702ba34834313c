package com.modbench.engine.text.autocorrect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.WordFormGenerator;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The en_US Hunspell dictionary (SCOWL, from npm {@code dictionary-en}; see {@code hunspell/en_US.LICENSE}) read by
 * Lucene's pure-Java Hunspell, every simple word form it generates (lower-cased, for fast candidate checks), and a
 * commonness rank: the SCOWL size level that first lists a word (10 = the most common; see
 * {@code tools/hunspell/build-en-us.sh}). Loaded once per JVM, on first use.
 * <p>
 * Hunspell stays the authority on spelling, but asking it costs about a microsecond a word. So each lower-case form
 * is asked once, as written and capitalised, and {@link #spells} answers from those verdicts when the word is one of
 * these strings (most words of a text are), and asks Hunspell only otherwise. Taking the 240,000 verdicts costs a
 * second or two of CPU, so a background thread takes them after the load; until it is done every word goes to
 * Hunspell, with the same answers. The load also indexes the commonest forms for the two-edit search.
 */
final class EnglishDictionary {

    /** Level given to dictionary words that no list up to size 50 has. */
    static final int RARE = 60;

    private static final byte FORM = 1;
    private static final byte SPELLS = 2;
    private static final byte CAPITALISED_SPELLS = 4;
    private static final int ASKED_VERDICTS = 10_000;

    private static final class Shared {
        static final EnglishDictionary INSTANCE = new EnglishDictionary();
    }

    private final Dictionary dictionary;
    private final ThreadLocal<Hunspell> spellers;
    /** Each lower-case form with {@link #FORM}, and once taken, its verdicts {@link #SPELLS}, {@link #CAPITALISED_SPELLS}. */
    private volatile FormTable forms;
    private final Map<String, Integer> levels;
    private final Thread verdicts;
    private final TwoEditIndex twoEdits;
    /** Emptied when full: cheaper under many threads than an LRU behind one lock, and misses only cost time. */
    private final Map<String, Boolean> askedVerdicts = new ConcurrentHashMap<>();

    private EnglishDictionary() {
        try (InputStream aff = resource("en_US.aff"); InputStream dic = resource("en_US.dic")) {
            dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, dic);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the en_US dictionary", e);
        } catch (ParseException e) {
            throw new IllegalStateException("the en_US dictionary does not parse", e);
        }
        spellers = ThreadLocal.withInitial(() -> new Hunspell(dictionary));
        Map<String, Byte> all = new HashMap<>(200_000);
        new WordFormGenerator(dictionary).generateAllSimpleWords(
                word -> all.put(word.getWord().toLowerCase(Locale.ROOT), FORM), () -> { });
        forms = new FormTable(all);
        levels = readLevels();
        twoEdits = TwoEditSearch.index(all.keySet().toArray(new String[0]), this::level);
        verdicts = new Thread(() -> forms = withVerdicts(all), "hunspell-verdicts");
        verdicts.setDaemon(true);
        verdicts.start();
    }

    private FormTable withVerdicts(Map<String, Byte> all) {
        Hunspell speller = new Hunspell(dictionary);
        all.replaceAll((form, flags) -> (byte) (flags | (speller.spell(form) ? SPELLS : 0)
                | (speller.spell(capitalised(form)) ? CAPITALISED_SPELLS : 0)));
        return new FormTable(all);
    }

    /** Waits until the verdicts are taken (for tests and benchmarks; answers are the same before). */
    void awaitVerdicts() throws InterruptedException {
        verdicts.join();
    }

    /** The common words indexed for the two-edit search. */
    TwoEditIndex twoEditIndex() {
        return twoEdits;
    }

    static EnglishDictionary shared() {
        return Shared.INSTANCE;
    }

    /** Hunspell's verdict, which knows capitalisation, compounds and affixes. */
    boolean spells(String word) {
        return knownToSpell(word.toCharArray(), 0, word.length()) || askedVerdict(word);
    }

    /**
     * Hunspell's verdict on a word that is not {@link #knownToSpell} (a misspelling, slang, a name): asked once and
     * kept in a bounded map, since asking costs about a microsecond and such words recur.
     */
    boolean askedVerdict(String word) {
        Boolean asked = askedVerdicts.get(word);
        if (asked == null) {
            asked = hunspellSpells(word);
            if (askedVerdicts.size() >= ASKED_VERDICTS) {
                askedVerdicts.clear();
            }
            askedVerdicts.put(word, asked);
        }
        return asked;
    }

    /** Hunspell alone, without the verdicts taken at load. */
    boolean hunspellSpells(String word) {
        return spellers.get().spell(word);
    }

    /**
     * True if Hunspell accepted {@code text[start,end)} when the verdicts were taken, as a form or as a form with its
     * first letter upper-cased; false means "ask Hunspell".
     */
    boolean knownToSpell(char[] text, int start, int end) {
        FormTable forms = this.forms;
        // the forms are lower case: one starting with an ASCII capital is surely not among them
        int flags = start < end && text[start] >= 'A' && text[start] <= 'Z' ? -1
                : forms.flags(text, start, end, false);
        if (flags >= 0) {
            return (flags & SPELLS) != 0;
        }
        if (start == end) {
            return false;
        }
        char first = text[start];
        char lowerFirst = Character.toLowerCase(first);
        if (lowerFirst == first || Character.toUpperCase(lowerFirst) != first) {
            return false;
        }
        flags = forms.flags(text, start, end, true);
        return flags >= 0 && (flags & CAPITALISED_SPELLS) != 0;
    }

    /** Fast membership of a lower-case word form. */
    boolean isForm(String lowerCaseWord) {
        return isForm(lowerCaseWord.toCharArray(), lowerCaseWord.length());
    }

    /** Fast membership of the lower-case word form {@code chars[0,length)}. */
    boolean isForm(char[] chars, int length) {
        return forms.flags(chars, 0, length, false) >= 0;
    }

    /** The SCOWL size level of a lower-case word, {@link #RARE} if not in the lists up to 50. */
    int level(String lowerCaseWord) {
        return levels.getOrDefault(lowerCaseWord, RARE);
    }

    int formCount() {
        return forms.size();
    }

    /** The string whose verdict {@link #CAPITALISED_SPELLS} holds. */
    private static String capitalised(String form) {
        return form.isEmpty() ? form : Character.toUpperCase(form.charAt(0)) + form.substring(1);
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
