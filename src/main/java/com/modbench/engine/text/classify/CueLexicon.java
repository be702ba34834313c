package com.modbench.engine.text.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The classifier's own word lists ({@code /classify/cues-<lang>.tsv}): context markers (who is addressed, negation,
 * intensifiers, expletive frames) and cues, i.e. words and phrases that are evidence for a category without being
 * terms worth reporting (ambiguous slang, suggestive phrases, aggression). Cues match a token or its plural.
 */
final class CueLexicon {

    enum Kind {
        /** Second-person address: "you", "ur", "y'all". */
        TARGET,
        NEGATION,
        INTENSIFIER,
        /** Words that report a term rather than use it: "word", "called", "say". */
        MENTION,
        /** Sexual terms whose sexual sense fades in expletive or insult use: fuck, dick, cunt. Prefix match. */
        EXPLETIVE_TERM,
        /** A token right before an expletive term that makes it an expletive: "the" (what the fuck). */
        EXPLETIVE_BEFORE,
        /** A token right after an expletive term that makes it an expletive: "off", "this", "you". */
        EXPLETIVE_AFTER,
        /** A token after an -ing expletive term that is its object, so the term keeps its sexual sense. */
        OBJECT,
        CUE,
        /** A cue whose weights also replace those of a lexicon term spelled the same ("sexy" is suggestive). */
        OVERRIDE
    }

    /** A cue phrase (one or more tokens, {@code text} with single spaces between) and its evidence weights. */
    record Cue(List<String> words, Evidence evidence, String text) {

        Cue(List<String> words, Evidence evidence) {
            this(words, evidence, String.join(" ", words));
        }
    }

    /** A cue found in the text, over tokens {@code [first, last]}. */
    record CueMatch(int first, int last, Cue cue) {
    }

    private static final Map<String, CueLexicon> BY_LANGUAGE = new HashMap<>();

    private final Map<Kind, Set<String>> markers = new EnumMap<>(Kind.class);
    private final Map<String, List<Cue>> cuesByFirstWord = new HashMap<>();
    private final Map<String, Cue> cuesByText = new HashMap<>();
    /** {@link #cuesByFirstWord} for lookups by token, made once the lexicon is read. */
    private WordMap<List<Cue>> cuesByFirstToken;
    /** Per marker word, the kinds it is a marker of (bits by ordinal); made with {@link #cuesByFirstToken}. */
    private WordMap<Integer> markerKinds;
    private final List<String> expletiveStems = new ArrayList<>();
    /** ASCII chars some expletive stem starts with (index 0 for an empty stem): other terms need no stem test. */
    private final boolean[] expletiveInitials = new boolean[128];

    private CueLexicon() {
        for (Kind kind : Kind.values()) {
            markers.put(kind, new HashSet<>());
        }
    }

    static synchronized CueLexicon forLanguage(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, CueLexicon::load);
    }

    boolean is(Kind kind, String token) {
        return markers.get(kind).contains(token) || kind == Kind.NEGATION && token.endsWith("n't");
    }

    /** {@link #is(Kind, String)} for word {@code index} of {@code tokens} ("" outside the text). */
    boolean is(Kind kind, Tokens tokens, int index) {
        if (index < 0 || index >= tokens.size()) {
            return is(kind, "");
        }
        int kinds = tokens.cachedMarkers(index);
        if (kinds < 0) {
            Integer listed = markerKinds.get(tokens, index);
            kinds = listed == null ? 0 : listed;
            int length = tokens.length(index);
            if (length >= 3 && tokens.charAt(index, length - 3) == 'n' && tokens.charAt(index, length - 2) == '\''
                    && tokens.charAt(index, length - 1) == 't') {
                kinds |= 1 << Kind.NEGATION.ordinal();
            }
            tokens.cacheMarkers(index, kinds);
        }
        return (kinds & 1 << kind.ordinal()) != 0;
    }

    boolean isExpletiveTerm(String term) {
        char initial = term.isEmpty() ? 0 : term.charAt(0);
        if (initial < 128 && !expletiveInitials[initial]) {
            return false;
        }
        for (String stem : expletiveStems) {
            if (term.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code text}, each marked if it may start a cue ({@link Tokens#mayBeIn}). */
    Tokens tokenize(String text) {
        return Tokens.of(text, cuesByFirstToken);
    }

    /** The override cue spelled exactly like {@code term}, if any: its weights replace the lexicon category's. */
    Cue overrideFor(String term) {
        return cuesByText.get(term);
    }

    List<CueMatch> find(Tokens tokens) {
        List<CueMatch> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.mayBeIn(i)) {
                continue;
            }
            List<Cue> candidates = cuesByFirstToken.get(tokens, i);
            int length = tokens.length(i);
            if (candidates == null && length > 3 && tokens.charAt(i, length - 1) == 's') {
                candidates = cuesByFirstToken.get(tokens, i, 1);
                if (candidates == null && tokens.charAt(i, length - 2) == 'e') {
                    candidates = cuesByFirstToken.get(tokens, i, 2);
                }
            }
            if (candidates == null) {
                continue;
            }
            CueMatch longest = null;
            for (Cue cue : candidates) {
                boolean longer = longest == null || cue.words().size() > longest.cue().words().size();
                if (longer && matchesAt(cue, tokens, i)) {
                    longest = new CueMatch(i, i + cue.words().size() - 1, cue);
                }
            }
            if (longest != null) {
                matches.add(longest);
                i = longest.last();
            }
        }
        return matches;
    }

    private static boolean matchesAt(Cue cue, Tokens tokens, int at) {
        for (int k = 0; k < cue.words().size(); k++) {
            if (!isFormOf(tokens.text(at + k), cue.words().get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The word itself or its plural in -s or -es ("retards", "bitches"). */
    private static boolean isFormOf(String token, String word) {
        if (!token.startsWith(word)) {
            return false;
        }
        int extra = token.length() - word.length();
        return extra == 0 || extra == 1 && token.endsWith("s") && token.length() > 3
                || extra == 2 && token.endsWith("es") && token.length() > 4;
    }

    private static CueLexicon load(String language) {
        CueLexicon lexicon = new CueLexicon();
        String path = "/classify/cues-" + language + ".tsv";
        try (InputStream in = CueLexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                return lexicon.indexed();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lexicon.add(line.split("\t"), path);
                }
            }
            return lexicon.indexed();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private CueLexicon indexed() {
        cuesByFirstToken = new WordMap<>(cuesByFirstWord);
        Map<String, Integer> kinds = new HashMap<>();
        markers.forEach((kind, words) -> words.forEach(word -> kinds.merge(word, 1 << kind.ordinal(), (a, b) -> a | b)));
        markerKinds = new WordMap<>(kinds);
        return this;
    }

    private void add(String[] cols, String path) {
        String text = cols[0].trim().toLowerCase(Locale.ROOT);
        Kind kind = Kind.valueOf(cols[1].trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        switch (kind) {
            case EXPLETIVE_TERM -> {
                expletiveStems.add(text);
                if (text.isEmpty()) {
                    Arrays.fill(expletiveInitials, true);
                } else if (text.charAt(0) < 128) {
                    expletiveInitials[text.charAt(0)] = true;
                }
            }
            case CUE, OVERRIDE -> {
                if (cols.length < 5) {
                    throw new IllegalStateException(path + ": cue '" + text + "' needs c1, c2, c3 weights");
                }
                Cue cue = new Cue(List.of(text.split(" ")), new Evidence(Double.parseDouble(cols[2]),
                        Double.parseDouble(cols[3]), Double.parseDouble(cols[4])));
                cuesByFirstWord.computeIfAbsent(cue.words().get(0), w -> new ArrayList<>()).add(cue);
                if (kind == Kind.OVERRIDE) {
                    cuesByText.put(text, cue);
                }
            }
            default -> markers.get(kind).add(text);
        }
    }
}
