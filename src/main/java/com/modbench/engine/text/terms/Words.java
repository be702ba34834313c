package com.modbench.engine.text.terms;

import java.util.ArrayList;
import java.util.List;

/** Splits text into word tokens: maximal runs of letters, digits and combining marks. */
final class Words {

    record Span(int start, int end, String text) {
    }

    private Words() {
    }

    static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                int start = i;
                while (i < n && isWordChar(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                spans.add(new Span(start, i, text.substring(start, i)));
            } else {
                i += Character.charCount(cp);
            }
        }
        return spans;
    }

    static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == '\'';
    }
}
