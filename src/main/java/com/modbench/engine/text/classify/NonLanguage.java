package com.modbench.engine.text.classify;

import java.util.ArrayList;
import java.util.List;

/** Spans that are names or addresses rather than language: @handles and links ("@sofuckingcool", "http://…"). */
final class NonLanguage {

    private static final String[] LINK_STARTS = {"http://", "https://", "www."};

    private final List<int[]> spans;

    private NonLanguage(List<int[]> spans) {
        this.spans = spans;
    }

    static NonLanguage in(String text) {
        List<int[]> spans = new ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at == 0 || !isHandleChar(text.charAt(at - 1))) {
                int end = at + 1;
                while (end < text.length() && isHandleChar(text.charAt(end))) {
                    end++;
                }
                if (end > at + 1) {
                    spans.add(new int[] {at, end});
                }
            }
        }
        for (String start : LINK_STARTS) {
            for (int at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
                int end = at;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                spans.add(new int[] {at, end});
            }
        }
        return new NonLanguage(spans);
    }

    boolean covers(int offset) {
        for (int[] span : spans) {
            if (offset >= span[0] && offset < span[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHandleChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
