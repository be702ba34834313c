package com.modbench.engine.text.terms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches whole words and phrases: the text is split into word tokens, and each run of up to the longest phrase's
 * word count is looked up in a hash map. Hits always sit at word boundaries, and the cost per text does not depend
 * on how many terms the index holds.
 */
public final class PhraseTermIndex implements TermIndex {

    private final Map<String, TermEntry> byPhrase = new HashMap<>();
    private final int maxWords;

    public PhraseTermIndex(Collection<TermEntry> entries) {
        int longest = 1;
        for (TermEntry entry : entries) {
            String key = String.join(" ", Words.split(entry.term()).stream().map(Words.Span::text).toList());
            if (!key.isEmpty()) {
                byPhrase.putIfAbsent(key, entry);
                longest = Math.max(longest, key.split(" ").length);
            }
        }
        this.maxWords = longest;
    }

    @Override
    public List<TermHit> find(String text) {
        List<Words.Span> words = Words.split(text);
        List<TermHit> hits = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matchedWords = 0;
            StringBuilder phrase = new StringBuilder();
            for (int n = 1; n <= maxWords && i + n <= words.size(); n++) {
                if (n > 1) {
                    phrase.append(' ');
                }
                phrase.append(words.get(i + n - 1).text());
                TermEntry entry = byPhrase.get(phrase.toString());
                if (entry != null) {
                    if (matchedWords > 0) {
                        hits.remove(hits.size() - 1);
                    }
                    hits.add(new TermHit(words.get(i).start(), words.get(i + n - 1).end(), entry));
                    matchedWords = n;
                }
            }
            i += Math.max(1, matchedWords);
        }
        return hits;
    }

    @Override
    public int size() {
        return byPhrase.size();
    }
}
