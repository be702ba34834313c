package com.modbench.engine.text.autocorrect;

import com.modbench.engine.text.normalize.MatchKey;
import com.modbench.engine.text.normalize.NormalizedText;

/**
 * The match-key words on either side of a break of the input ({@link KeyBreaks}), read off the key of the whole
 * input, which the terms stage has made already. A break's char is white space that no spaced-out run skips, so the
 * key holds a separator over it; the words are the runs of key chars next to that separator.
 */
final class InputWords {

    private final NormalizedText normalized;
    private final MatchKey key;

    InputWords(NormalizedText normalized, MatchKey key) {
        this.normalized = normalized;
        this.key = key;
    }

    /**
     * The last key word before the input's break at {@code at} and the first after it ("" where there is none), or
     * null if the key holds no separator there (never expected; then nothing can be ruled out).
     */
    String[] around(int at) {
        int sep = separatorAt(at);
        if (sep < 0) {
            return null;
        }
        int start = sep;
        while (start > 0 && key.charAt(start - 1) != MatchKey.SEP) {
            start--;
        }
        int end = sep + 1;
        while (end < key.length() && key.charAt(end) != MatchKey.SEP) {
            end++;
        }
        return new String[] {chars(start, sep), chars(sep + 1, end)};
    }

    /** The key index of the separator over the input's char {@code at}, or -1 if there is none (never expected). */
    private int separatorAt(int at) {
        int index = CorrectedTerms.normalizedIndex(normalized, at);
        int lo = 0;
        int hi = key.length() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (key.from(mid) <= index) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && key.charAt(found) == MatchKey.SEP && index < key.to(found) ? found : -1;
    }

    private String chars(int start, int end) {
        char[] out = new char[end - start];
        for (int k = start; k < end; k++) {
            out[k - start] = key.charAt(k);
        }
        return new String(out);
    }
}
