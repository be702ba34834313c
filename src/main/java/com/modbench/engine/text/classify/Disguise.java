package com.modbench.engine.text.classify;

import com.modbench.engine.text.normalize.NormalizedText;
import com.modbench.engine.text.terms.TermHit;
import java.util.Locale;

/**
 * Whether a hit was written in disguise (b!tch, sh1t, ƒuck, f u c k, f.u.c.k, zero-width characters inside): the
 * writer knew the word and hid it, which is evidence of intent.
 */
final class Disguise {

    private Disguise() {
    }

    static boolean isDisguised(NormalizedText text, TermHit hit) {
        int originalStart = text.originalStart(hit.start());
        int originalEnd = Math.max(originalStart, text.originalEnd(hit.end()));
        String original = text.original().substring(originalStart, originalEnd);
        String normalized = text.text().substring(hit.start(), hit.end());
        if (!original.toLowerCase(Locale.ROOT).equals(normalized)) {
            return true;
        }
        String term = hit.entry().term().toLowerCase(Locale.ROOT);
        boolean asciiTerm = term.chars().allMatch(c -> c < 0x80);
        int spanSpaces = 0;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (asciiTerm && cp >= 0x80) {
                    return true;
                }
            } else if (Character.isWhitespace(cp)) {
                spanSpaces++;
            } else if (cp != '\'' && cp != '’' && cp != '-' && term.indexOf(cp) < 0) {
                return true;
            }
        }
        return spanSpaces > term.chars().filter(Character::isWhitespace).count();
    }
}
