package com.modbench.engine.text.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spans that are names or addresses rather than language: @handles and links ("@sofuckingcool", "http://…"). */
final class NonLanguage {

    private static final Pattern SPANS = Pattern.compile("(?<![\\p{L}\\p{N}_])@[\\p{L}\\p{N}_]+|https?://\\S+|www\\.\\S+");

    private final List<int[]> spans;

    private NonLanguage(List<int[]> spans) {
        this.spans = spans;
    }

    static NonLanguage in(String text) {
        List<int[]> spans = new ArrayList<>();
        if (text.indexOf('@') >= 0 || text.indexOf("http") >= 0 || text.indexOf("www.") >= 0) {
            Matcher m = SPANS.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
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
}
