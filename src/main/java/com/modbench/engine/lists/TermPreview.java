package com.modbench.engine.lists;

import com.modbench.engine.text.normalize.NormalizedText;
import com.modbench.engine.text.normalize.Normalizer;
import com.modbench.engine.text.terms.TermEntry;
import com.modbench.engine.text.terms.TermHit;
import com.modbench.engine.text.terms.TermIndex;
import com.modbench.engine.text.terms.TermIndexes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs terms (not yet refreshed, not yet saved even) over sample comments, one per line, through the same
 * normaliser and matcher as screening, and reports every hit with its place in the original comment.
 */
public final class TermPreview {

    /** Hits past this many are counted but not listed. */
    public static final int MAX_LISTED_HITS = 10_000;
    private static final int CONTEXT = 40;

    private final Normalizer normalizer;

    public TermPreview(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** A hit: {@code [start,end)} of the matched text in comment {@code line} (1-based). */
    public record Hit(int line, String comment, int start, int end, String term) {

        public String matched() {
            return comment.substring(start, end);
        }

        /** Up to 40 characters either side, with "…" where the comment goes on. */
        public String before() {
            int from = Math.max(0, start - CONTEXT);
            return (from > 0 ? "…" : "") + comment.substring(from, start);
        }

        public String after() {
            int to = Math.min(comment.length(), end + CONTEXT);
            return comment.substring(end, to) + (to < comment.length() ? "…" : "");
        }
    }

    public record Result(List<Hit> hits, int totalHits, int comments, int commentsWithHits) {
    }

    public Result run(List<String> terms, String comments) {
        Map<String, String> original = new HashMap<>();
        List<TermEntry> entries = new ArrayList<>();
        for (String term : terms) {
            String normalized = normalizer.normalize(term.strip()).text();
            if (original.putIfAbsent(normalized, term) == null) {
                entries.add(TermEntry.custom(normalized, 1));
            }
        }
        TermIndex index = TermIndexes.compile(entries);
        List<Hit> hits = new ArrayList<>();
        int total = 0;
        int lineCount = 0;
        int withHits = 0;
        String[] lines = comments.split("\r\n|\n|\r");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            lineCount++;
            NormalizedText normalized = normalizer.normalize(lines[i]);
            List<TermHit> found = index.find(normalized.text());
            if (!found.isEmpty()) {
                withHits++;
            }
            for (TermHit hit : found) {
                total++;
                if (hits.size() < MAX_LISTED_HITS) {
                    hits.add(new Hit(i + 1, lines[i], normalized.originalStart(hit.start()),
                            normalized.originalEnd(hit.end()), original.get(hit.entry().term())));
                }
            }
        }
        return new Result(hits, total, lineCount, withHits);
    }
}
