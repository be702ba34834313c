package com.modbench.engine.text;

/**
 * The parts of chat text that are names or addresses rather than language: @handles, #hashtags, links and HTML
 * character references ({@code &amp;}, {@code &#8220;}). Language detection skips them (a handle's letters read
 * as some other language's n-grams); classification does not count terms inside handles and links.
 */
public final class ChatMarkup {

    private static final String[] LINK_STARTS = {"http://", "https://", "www."};
    private static final int LONGEST_REFERENCE = 10;

    private ChatMarkup() {
    }

    /**
     * Where the markup that starts at {@code at} ends, or {@code at} when none starts there. Markup starts only at a
     * word boundary: "me@example" has no handle.
     */
    public static int end(CharSequence text, int at) {
        if (at > 0 && isHandleChar(text.charAt(at - 1))) {
            return at;
        }
        char c = text.charAt(at);
        if (c == '@' || c == '#') {
            int end = at + 1;
            while (end < text.length() && isHandleChar(text.charAt(end))) {
                end++;
            }
            return end > at + 1 ? end : at;
        }
        if (c == '&') {
            return referenceEnd(text, at);
        }
        return startsLink(text, at) ? linkEnd(text, at) : at;
    }

    /** A handle's, hashtag's or word's char. */
    public static boolean isHandleChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** Whether a link ("http://", "https://", "www.") starts at {@code at}. */
    public static boolean startsLink(CharSequence text, int at) {
        char c = text.charAt(at);
        if (c != 'h' && c != 'w' && c != 'H' && c != 'W') {
            return false;
        }
        for (String start : LINK_STARTS) {
            if (regionMatches(text, at, start)) {
                return true;
            }
        }
        return false;
    }

    private static int linkEnd(CharSequence text, int at) {
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** {@code &name;} or {@code &#digits;} / {@code &#xhex;}, at most {@value #LONGEST_REFERENCE} chars. */
    private static int referenceEnd(CharSequence text, int at) {
        int end = at + 1;
        if (end < text.length() && text.charAt(end) == '#') {
            end++;
        }
        int nameStart = end;
        while (end < text.length() && end - at < LONGEST_REFERENCE && isAsciiLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end > nameStart && end < text.length() && text.charAt(end) == ';' ? end + 1 : at;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    private static boolean regionMatches(CharSequence text, int at, String start) {
        if (at + start.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < start.length(); k++) {
            if (Character.toLowerCase(text.charAt(at + k)) != start.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
