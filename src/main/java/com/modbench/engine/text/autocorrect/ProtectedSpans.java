package com.modbench.engine.text.autocorrect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, URLs, domain names, @handles and #hashtags, which are never corrected. Every match of
 * {@link #PATTERN} is made of non-space characters (Java's {@code \S}), so the matches covering a word are those of
 * its run of non-space characters alone: only that run is searched, and only for a word that would otherwise be
 * changed, and not at all when the run has none of the characters every match needs ({@code @ # . :}).
 */
final class ProtectedSpans {

    static final Pattern PATTERN = Pattern.compile(
            "(?i)\\b(?:https?://|ftp://|www\\.)\\S+|\\S+@\\S+|[@#][\\p{L}\\p{N}_]+"
                    + "|\\b[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+\\.(?:com|org|net|edu|gov|io|co|uk|de|fr|info|biz|us|ca)\\b");

    private ProtectedSpans() {
    }

    /** True when a match of {@link #PATTERN} in {@code text} covers the first or the last char of {@code [start,end)}. */
    static boolean covers(String text, int start, int end) {
        int from = start;
        while (from > 0 && !isSpace(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !isSpace(text.charAt(to))) {
            to++;
        }
        if (start == from && isLinkScheme(text, start, end) && end + 3 < to && text.startsWith("://", end)) {
            return true; // "http://…" at the start of its run: the pattern's first alternative, without searching
        }
        if (!mayMatch(text, from, to)) {
            return false;
        }
        int last = end - 1;
        Matcher m = PATTERN.matcher(text).region(from, to).useTransparentBounds(true);
        while (m.find() && m.start() <= last) {
            if (m.start() <= start && start < m.end() || m.start() <= last && last < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What every match needs: an {@code @}, {@code #} or {@code :}; or, in the two alternatives left ({@code www.}
     * and domain names), {@code www.} or two dots each followed by something other than a dot (its {@code (?i)}
     * folds ASCII letters only). Runs such as {@code "dat..."} or {@code "end.Then"} need no search.
     */
    private static boolean mayMatch(String text, int from, int to) {
        int dots = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '#' || c == ':') {
                return true;
            }
            if (c == '.' && (i + 1 < to && text.charAt(i + 1) != '.' && ++dots == 2 || i >= from + 3
                    && text.regionMatches(true, i - 3, "www", 0, 3))) {
                return true;
            }
        }
        return false;
    }

    /** The word is "http", "https" or "ftp" in any (ASCII) case, as the pattern's {@code (?i)} reads them. */
    private static boolean isLinkScheme(String text, int start, int end) {
        int length = end - start;
        return length == 4 && asciiEqualsIgnoreCase(text, start, "http")
                || length == 5 && asciiEqualsIgnoreCase(text, start, "https")
                || length == 3 && asciiEqualsIgnoreCase(text, start, "ftp");
    }

    private static boolean asciiEqualsIgnoreCase(String text, int start, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(start + k);
            if (c >= 0x80 || (c | 0x20) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Java's {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
