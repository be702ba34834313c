package com.modbench.engine.text.autocorrect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * English spelling correction with Lucene's Hunspell ({@link EnglishDictionary}, {@link SpellingSuggester}). It
 * changes only words the dictionary rejects, and never touches:
 * <ul>
 *   <li>e-mail addresses, URLs, domain names, @handles and #hashtags (Azure turned {@code abcdef@abcd.com} into
 *       {@code abide@ abed. com}), nor anything with digits in it other than a leet letter ({@code f0x});</li>
 *   <li>capitalised words inside a sentence (names), words with capitals after the first letter (acronyms,
 *       CamelCase), and words of one or two letters;</li>
 *   <li>words {@code keep} accepts (listed terms), checked as written and leet-folded, and common chat
 *       shorthand ({@code lol}, {@code luv}, {@code kewl}).</li>
 * </ul>
 * Leet letters between letters are read as the letters they stand for ({@code qu!ck} → {@code quick},
 * {@code f0x} → {@code fox}), as the service's own example shows. At most {@value #MAX_CORRECTIONS} words are
 * corrected per text, which bounds the time a text full of noise can take.
 */
public final class HunspellAutocorrector implements Autocorrector {

    static final int MAX_CORRECTIONS = 32;

    /** Chat shorthand that is meant as written: "luv" is not a misspelt "lug". */
    private static final Set<String> CHAT = Set.of("lol", "lmao", "lmfao", "rofl", "omg", "omfg", "btw", "idk", "imo",
            "imho", "tbh", "smh", "brb", "afk", "irl", "fyi", "asap", "thx", "tnx", "pls", "plz", "luv", "kewl",
            "gonna", "wanna", "gotta", "kinda", "sorta", "dunno", "lemme", "gimme", "ya", "yah", "yeah", "yea", "nah",
            "yup", "nope", "haha", "hahaha", "hehe", "hmm", "hmmm", "ugh", "meh", "nvm", "jk", "cuz", "coz", "tho",
            "thru", "nite", "wtf", "stfu", "gtfo", "ffs", "xoxo", "bff", "dm", "dms", "ikr", "ily", "np", "ty", "tyvm",
            "ok", "okay", "k", "kk", "ur", "u", "r", "y", "bc", "pic", "pics", "selfie", "emoji", "emojis", "vibe",
            "vibes", "noob", "n00b", "pwned", "sus", "lit", "bro", "sis", "fam");
    private static final String LEET_FROM = "013457@$!|";
    private static final String LEET_TO = "oieastasil";

    private final EnglishDictionary dictionary;
    private final SpellingSuggester suggester;

    private HunspellAutocorrector(EnglishDictionary dictionary) {
        this.dictionary = dictionary;
        this.suggester = new SpellingSuggester(dictionary);
    }

    private static final class Shared {
        static final HunspellAutocorrector INSTANCE = new HunspellAutocorrector(EnglishDictionary.shared());
    }

    /** The English corrector; the dictionary loads on first use, once per JVM. */
    public static Autocorrector english() {
        return (text, keep) -> Shared.INSTANCE.correctText(text, keep);
    }

    @Override
    public CorrectedText correct(String text, Predicate<String> keep) {
        return correctText(text, keep);
    }

    private CorrectedText correctText(String text, Predicate<String> keep) {
        List<CorrectedText.Edit> edits = new ArrayList<>();
        char[] chars = text.toCharArray();
        WordScanner words = new WordScanner(chars);
        while (edits.size() < MAX_CORRECTIONS && words.next()) {
            String replacement = correction(text, chars, words, keep);
            if (replacement != null) {
                edits.add(new CorrectedText.Edit(words.start(), words.end(), replacement));
            }
        }
        return edits.isEmpty() ? CorrectedText.unchanged(text) : CorrectedText.of(text, edits);
    }

    /**
     * The replacement for the current word, or null to leave it. Every test only ever leads to "leave it", so the
     * cheap ones come first: most words are known to be spelt right without asking Hunspell; then chat shorthand and
     * protected spans; then a word already known to have no better spelling; then Hunspell; and only a word it rejects
     * is shown to {@code keep}.
     */
    private String correction(String text, char[] chars, WordScanner words, Predicate<String> keep) {
        int start = words.start();
        int end = words.end();
        if (end - start < 3 || hasInnerCapital(chars, start, end)) {
            return null;
        }
        boolean capitalised = isUpperCase(chars[start]);
        if (capitalised && !sentenceStart(text, start)) {
            return null;
        }
        // Most words: no leet (lower-casing makes none), and a form Hunspell accepted at load.
        if (!words.hasLeet() && dictionary.knownToSpell(chars, start, end)) {
            return null;
        }
        String word = text.substring(start, end);
        String lower = word.toLowerCase(Locale.ROOT);
        if (CHAT.contains(lower) || ProtectedSpans.covers(text, start, end)) {
            return null;
        }
        String folded = foldLeet(lower);
        boolean leet = !folded.equals(lower);
        if (!leet && suggester.knownUnchanged(lower)) {
            return null; // whatever Hunspell and keep say, the suggestion would be the word itself
        }
        // (a word without leet is not known to spell: asked above)
        if (!leet && dictionary.askedVerdict(word) || kept(word, lower, folded, keep)) {
            return null;
        }
        String fixed;
        if (leet && dictionary.isForm(folded)) {
            fixed = folded;
        } else if (leet && dictionary.isForm(folded.replace('i', 'l'))) {
            fixed = folded.replace('i', 'l');
        } else if (!lettersOrApostrophes(folded) || !folded.equals(word) && dictionary.spells(folded)) {
            // (a folded word equal to the word is known to be misspelt)
            return null;
        } else {
            fixed = suggester.best(folded);
        }
        if (fixed.equals(lower)) {
            return null;
        }
        return capitalised ? Character.toUpperCase(fixed.charAt(0)) + fixed.substring(1) : fixed;
    }

    /** {@code keep} as written, lower-cased and leet-folded, each spelling asked once. */
    private static boolean kept(String word, String lower, String folded, Predicate<String> keep) {
        return keep.test(word) || !lower.equals(word) && keep.test(lower)
                || !folded.equals(lower) && !folded.equals(word) && keep.test(folded);
    }

    private static boolean lettersOrApostrophes(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '\'') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasInnerCapital(char[] text, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (isUpperCase(text[i])) {
                return true;
            }
        }
        return false;
    }

    /** {@link Character#isUpperCase(char)}, without its table lookup for ASCII. */
    private static boolean isUpperCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** Only white space (or opening quotes) after a sentence end, or nothing, precedes {@code start}. */
    private static boolean sentenceStart(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'“‘(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0;
    }

    /** {@code word} with its leet characters read as letters; {@code word} itself if it has none. */
    static String foldLeet(String word) {
        if (!hasLeet(word)) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int k = LEET_FROM.indexOf(c);
            out.append(k >= 0 ? LEET_TO.charAt(k) : c);
        }
        return out.toString();
    }

    private static boolean hasLeet(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c <= '|' && LEET_FROM.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
