package com.modbench.engine.text.autocorrect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern PROTECTED = Pattern.compile(
            "(?i)\\b(?:https?://|ftp://|www\\.)\\S+|\\S+@\\S+|[@#][\\p{L}\\p{N}_]+"
                    + "|\\b[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+\\.(?:com|org|net|edu|gov|io|co|uk|de|fr|info|biz|us|ca)\\b");
    private static final Pattern WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}'_@#$/\\\\.-])\\p{L}(?:[\\p{L}']|[013457@$!|](?=\\p{L}))*\\p{L}(?![\\p{L}\\p{N}_@/\\\\-])");
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
        boolean[] shielded = shielded(text);
        List<CorrectedText.Edit> edits = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && edits.size() < MAX_CORRECTIONS) {
            if (shielded[m.start()] || shielded[m.end() - 1]) {
                continue;
            }
            String replacement = correction(text, m.start(), m.group(), keep);
            if (replacement != null) {
                edits.add(new CorrectedText.Edit(m.start(), m.end(), replacement));
            }
        }
        return CorrectedText.of(text, edits);
    }

    /** The replacement for {@code word} at {@code start}, or null to leave it. */
    private String correction(String text, int start, String word, Predicate<String> keep) {
        if (word.length() < 3 || hasInnerCapital(word)) {
            return null;
        }
        boolean capitalised = Character.isUpperCase(word.charAt(0));
        if (capitalised && !sentenceStart(text, start)) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String folded = foldLeet(lower);
        if (CHAT.contains(lower) || keep.test(word) || keep.test(lower) || keep.test(folded)) {
            return null;
        }
        boolean leet = !folded.equals(lower);
        if (!leet && dictionary.spells(word)) {
            return null;
        }
        String fixed;
        if (leet && dictionary.isForm(folded)) {
            fixed = folded;
        } else if (leet && dictionary.isForm(folded.replace('i', 'l'))) {
            fixed = folded.replace('i', 'l');
        } else if (!folded.chars().allMatch(c -> Character.isLetter(c) || c == '\'') || dictionary.spells(folded)) {
            return null;
        } else {
            fixed = suggester.best(folded);
        }
        if (fixed.equals(lower)) {
            return null;
        }
        return capitalised ? Character.toUpperCase(fixed.charAt(0)) + fixed.substring(1) : fixed;
    }

    private static boolean[] shielded(String text) {
        boolean[] out = new boolean[text.length() + 1];
        Matcher p = PROTECTED.matcher(text);
        while (p.find()) {
            for (int i = p.start(); i < p.end(); i++) {
                out[i] = true;
            }
        }
        return out;
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Only white space (or opening quotes) after a sentence end, or nothing, precedes {@code start}. */
    private static boolean sentenceStart(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'“‘(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0;
    }

    static String foldLeet(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int k = LEET_FROM.indexOf(c);
            out.append(k >= 0 ? LEET_TO.charAt(k) : c);
        }
        return out.toString();
    }
}
