package com.modbench.engine.text.classify;

import java.util.ArrayList;
import java.util.List;

/** The words of a normalised text, with their spans, for looking at what surrounds a hit. */
final class Tokens {

    record Token(int start, int end, String text) {
    }

    private final List<Token> tokens;

    private Tokens(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Tokens of(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (isWordChar(text.charAt(i))) {
                int start = i;
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    i++;
                }
                int end = i;
                while (end > start + 1 && text.charAt(end - 1) == '\'') {
                    end--;
                }
                String word = text.substring(start, end);
                out.add(new Token(start, end, word.indexOf('’') < 0 ? word : word.replace('’', '\'')));
            } else {
                i++;
            }
        }
        return new Tokens(out);
    }

    int size() {
        return tokens.size();
    }

    Token get(int index) {
        return tokens.get(index);
    }

    String text(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index).text() : "";
    }

    /** Index of the first token that ends after {@code offset}, i.e. the token at or after it; size() if none. */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last token that starts before {@code offset}; -1 if none. */
    int lastBefore(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '\'';
        }
        return Character.isLetterOrDigit(c) || c == '’' || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
