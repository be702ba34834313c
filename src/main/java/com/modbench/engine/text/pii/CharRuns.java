package com.modbench.engine.text.pii;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maximal runs of characters from a small ASCII set, such as {@code [0-9 .-]}, that hold at least a minimum count of
 * some of them (nine digits for an SSN). A pattern that consumes only characters of the set can match only inside a
 * run, so a recognizer searches the few runs that qualify instead of trying its regex at every index of the text.
 * Searching a run as a matcher region with transparent bounds finds exactly the matches a whole-text search finds
 * there: lookarounds still see the neighbours, and the run's end is a character the pattern cannot consume anyway.
 *
 * <p>Runs are found from a seed every qualifying run holds (an ASCII digit, or a given character such as ':'), so
 * only the neighbourhood of the seeds is read.
 */
final class CharRuns {

    private static final byte OUTSIDE = 0;
    private static final byte MEMBER = 1;
    private static final byte COUNTED = 2;

    /** Per ASCII character: outside the set, a member, or a member that counts. */
    private final byte[] kinds = new byte[128];
    private final int minCount;
    /** The character every qualifying run holds, or 0 for "an ASCII digit". */
    private final char seed;

    private CharRuns(String members, String countedChars, int minCount, char seed) {
        for (char c : members.toCharArray()) {
            kinds[c] = MEMBER;
        }
        for (char c : countedChars.toCharArray()) {
            kinds[c] = COUNTED;
        }
        this.minCount = minCount;
        this.seed = seed;
    }

    /** Runs of {@code members} (digits among them) holding a digit and {@code minCount} of {@code countedChars}. */
    static CharRuns withDigits(String members, String countedChars, int minCount) {
        return new CharRuns(members, countedChars, minCount, (char) 0);
    }

    /** Runs of {@code members} holding {@code minCount} of {@code counted}, which is itself a member. */
    static CharRuns withCounted(String members, char counted, int minCount) {
        return new CharRuns(members, String.valueOf(counted), minCount, counted);
    }

    Cursor in(ScannedText text) {
        return new Cursor(text);
    }

    /** Walks the qualifying runs of one text from left to right. */
    final class Cursor {
        private final ScannedText scan;
        private final String text;
        private int digitRun;
        private int start;
        private int end;

        private Cursor(ScannedText scan) {
            this.scan = scan;
            this.text = scan.text();
        }

        /** Moves to the next qualifying run; false when there is none. */
        boolean next() {
            for (int at = nextSeed(); at >= 0; at = nextSeed()) {
                int count = 0;
                int from = at;
                while (from > 0 && kind(text.charAt(from - 1)) != OUTSIDE) {
                    from--;
                    count += kind(text.charAt(from)) == COUNTED ? 1 : 0;
                }
                int to = at;
                while (to < text.length() && kind(text.charAt(to)) != OUTSIDE) {
                    count += kind(text.charAt(to)) == COUNTED ? 1 : 0;
                    to++;
                }
                start = from;
                end = to;
                if (count >= minCount) {
                    return true;
                }
            }
            return false;
        }

        /** The first seed at or after the current run's end, which is outside the set: so in a later run. */
        private int nextSeed() {
            if (seed != 0) {
                return text.indexOf(seed, end);
            }
            while (digitRun < scan.digitRunCount() && scan.digitRunStart(digitRun) < end) {
                digitRun++;
            }
            return digitRun < scan.digitRunCount() ? scan.digitRunStart(digitRun) : -1;
        }

        /** A matcher for {@code pattern} over the current run, its lookarounds seeing past the run's ends. */
        Matcher matcher(Pattern pattern) {
            return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false).region(start, end);
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }
    }

    private byte kind(char c) {
        return c < 128 ? kinds[c] : OUTSIDE;
    }
}
