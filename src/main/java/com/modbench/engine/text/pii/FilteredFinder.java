package com.modbench.engine.text.pii;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for a pattern that never matches the empty string, trying it only at the indexes a cheap
 * test admits. The test must admit every index where a match can start; then the matches are exactly find()'s,
 * because each attempt is an anchored match at that index with the region's end and transparent bounds, which is
 * what find() does at each index in turn.
 *
 * <p>The pattern must not depend on where the region ends other than by running out of text: no possessive
 * quantifiers, atomic groups, anchors or word boundaries. Then a narrower region can only rule matches out, which
 * lets a failed index be remembered across regions.
 */
final class FilteredFinder {

    /** A necessary condition for a match to start at {@code i}: false only where none can. */
    interface Starts {
        boolean mayStart(String text, int i);
    }

    private final Pattern pattern;
    private final String text;
    private final Starts starts;
    /** Made at the first admitted index: a matcher for a big pattern costs more than most searches. */
    private Matcher matcher;
    /** Indexes where no match starts even with the rest of the text: none can in a narrower region. */
    private boolean[] failed;
    private int next;
    private int to;

    /** Indexes to test, ascending; null to test every index. */
    private final int[] positions;
    private int position;

    /** A finder that tests every index of the region. */
    FilteredFinder(Pattern pattern, String text, Starts starts) {
        this(pattern, text, starts, null);
    }

    /** A finder that tests only {@code positions} (ascending), which must hold every index where a match can start. */
    FilteredFinder(Pattern pattern, String text, Starts starts, int[] positions) {
        this.pattern = pattern;
        this.text = text;
        this.starts = starts;
        this.positions = positions;
        this.to = text.length();
    }

    /** Restarts the search in {@code [from, to)}, as {@link Matcher#region} does. */
    FilteredFinder region(int from, int to) {
        this.next = from;
        this.to = to;
        this.position = 0;
        return this;
    }

    boolean find() {
        if (positions != null) {
            return findAtPositions();
        }
        for (int i = next; i < to; i++) {
            if (matchesAt(i)) {
                return true;
            }
        }
        next = to;
        return false;
    }

    private boolean findAtPositions() {
        while (position < positions.length && positions[position] < next) {
            position++;
        }
        for (; position < positions.length && positions[position] < to; position++) {
            if (matchesAt(positions[position])) {
                position++;
                return true;
            }
        }
        next = to;
        return false;
    }

    /**
     * Tries the pattern at {@code i} up to the end of the text first: when no match starts there, none starts
     * there in any narrower region either, and the index is never tried again (overlapping regions, as around
     * neighbouring states, then cost nothing twice). When the match ends inside the region, it is also the
     * region's match; only one running past the region's end needs a second, narrower try.
     */
    private boolean matchesAt(int i) {
        if ((failed != null && failed[i]) || !starts.mayStart(text, i)) {
            return false;
        }
        if (matcher == null) {
            matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            failed = new boolean[text.length()];
        }
        matcher.region(i, text.length());
        if (!matcher.lookingAt()) {
            failed[i] = true;
            return false;
        }
        if (matcher.end() > to) {
            matcher.region(i, to);
            if (!matcher.lookingAt()) {
                return false;
            }
        }
        next = Math.max(i + 1, matcher.end());
        return true;
    }

    /** The last match's groups and bounds; only after {@link #find()} returned true. */
    Matcher matcher() {
        return matcher;
    }

    /** True when the character before {@code i} is surely a letter or an ASCII digit ({@code [\p{L}\d]}). */
    static boolean letterOrDigitBefore(String text, int i) {
        if (i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        return (c >= '0' && c <= '9') || (!Character.isSurrogate(c) && Character.isLetter(c));
    }
}
