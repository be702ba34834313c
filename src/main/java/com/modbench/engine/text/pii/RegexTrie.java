package com.modbench.engine.text.pii;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns a word list into a regex alternation shaped as a trie ({@code S(?:t(?:reet|r)?|q)}), so the regex engine
 * tests each letter once instead of trying hundreds of alternatives one after another. Longer words win over their
 * prefixes, as in a longest-first alternation.
 */
final class RegexTrie {

    private final Map<Character, RegexTrie> children = new TreeMap<>();
    private boolean terminal;

    private RegexTrie() {
    }

    /** The alternation for {@code words}, lower-cased: use it inside {@code (?i:...)}. */
    static String of(List<String> words) {
        return ofCaseSensitive(words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList());
    }

    /** The alternation for {@code words} exactly as written (no case folding, which is slow in java.util.regex). */
    static String ofCaseSensitive(List<String> words) {
        RegexTrie root = new RegexTrie();
        for (String word : words) {
            RegexTrie node = root;
            for (char c : word.toCharArray()) {
                node = node.children.computeIfAbsent(c, k -> new RegexTrie());
            }
            node.terminal = true;
        }
        return root.pattern();
    }

    private String pattern() {
        if (children.isEmpty()) {
            return "";
        }
        StringBuilder alternatives = new StringBuilder();
        for (Map.Entry<Character, RegexTrie> e : children.entrySet()) {
            if (alternatives.length() > 0) {
                alternatives.append('|');
            }
            char c = e.getKey();
            alternatives.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c)));
            alternatives.append(e.getValue().pattern());
        }
        String group = "(?:" + alternatives + ")";
        return terminal ? group + "?" : group;
    }
}
