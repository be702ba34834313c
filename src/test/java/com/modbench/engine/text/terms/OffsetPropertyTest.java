package com.modbench.engine.text.terms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.engine.text.normalize.CaseFoldNormalizer;
import com.modbench.engine.text.normalize.NormalizedText;
import com.modbench.engine.text.normalize.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: for every hit in a random text, the original substring at {@code OriginalIndex..originalEnd} normalises
 * back to the same term (a hit of the same entry spanning all of it), and lies on code point boundaries.
 */
class OffsetPropertyTest {

    private static final String[] EVASIONS = {
        "fuck", "f u c k", "f.u.c.k", "fuuuuck", "f*ck", "phuck", "fvck", "ｆｕｃｋ", "𝐟𝐮𝐜𝐤", "f\u200Buck", "sh1t",
        "5h1t", "$h!t", "@55", "a$$hole", "|3itch", "b!tch", "bаstard", "ʙɪᴛᴄʜ", "cunts", "motherfcker", "clusterfuck",
        "blow job", "Ｓｈｉｔ", "DICK", "s/h/i/t", "wh0re", "sh\u00ADit", "fück", "n1gg@", "ass", "操你妈", "хуй",
    };
    private static final String[] FILLERS = {
        "hello", "the", "Scunthorpe", "class", "3 apples", "$100", "é", "e\u0301", "ß", "😀", "👨‍👩‍👧", "\u200D", "  ",
        "\n", ".", "!", "?", "U S A", "a b", "Cummings", "grape", "😀\uFE0F", "ǅ", "ﬁ", "Ａ", "Ⅻ", "①", "ﾊﾝｶｸ",
    };

    private final Normalizer normalizer = new CaseFoldNormalizer();
    private final TermIndex index = new BuiltInTerms().apply("rus");

    @Test
    void originalSpanOfEveryHitNormalisesBackToTheTerm() {
        Random random = new Random(20261122L);
        int checkedHits = 0;
        for (int round = 0; round < 3000; round++) {
            String text = randomText(random);
            NormalizedText normalized = normalizer.normalize(text);
            for (TermHit hit : index.find(normalized.text())) {
                int start = normalized.originalStart(hit.start());
                int end = normalized.originalEnd(hit.end());
                assertTrue(0 <= start && start < end && end <= text.length(), () -> text + " " + hit);
                assertTrue(!Character.isLowSurrogate(text.charAt(start))
                        && (end == text.length() || !Character.isLowSurrogate(text.charAt(end))), text);
                String original = text.substring(start, end);
                List<TermHit> again = index.find(normalizer.normalize(original).text());
                int length = normalizer.normalize(original).text().length();
                assertTrue(again.stream().anyMatch(h -> h.entry().equals(hit.entry()) && h.start() == 0
                        && h.end() == length), () -> "'" + original + "' from '" + text + "' lost " + hit + " → " + again);
                checkedHits++;
            }
        }
        assertTrue(checkedHits > 2000, "too few hits to mean anything: " + checkedHits);
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            if (i > 0) {
                text.append(random.nextInt(4) == 0 ? ", " : " ");
            }
            String[] pool = random.nextBoolean() ? EVASIONS : FILLERS;
            text.append(pool[random.nextInt(pool.length)]);
        }
        return text.toString();
    }
}
