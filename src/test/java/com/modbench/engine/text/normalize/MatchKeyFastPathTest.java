package com.modbench.engine.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The match key keys words of plain ASCII letters (also in trimmed punctuation) in one loop, looks for spaced
 * letters only in chunks that can hold one, and folds "v" to "u" as chars are added. Each case here lists every key
 * char's span and flags (B word start, S spaced, U unspaced) as the general path produces them.
 */
class MatchKeyFastPathTest {

    private static final Normalizer NORMALIZER = new CaseFoldNormalizer();

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', ignoreLeadingAndTrailingWhitespace = false, value = {
        "word, word|word word|0-1B 1-2 2-3 3-4 4-6B 6-7B 7-8 8-9 9-10",
        "(word)| word |0-1B 1-2B 2-3 3-4 4-5 5-6B",
        "\"Word\"| word |0-1B 1-2B 2-3 3-4 4-5 5-6B",
        "fuuuuck,|fuck |0-1B 1-5 5-6 6-7 7-8B",
        "phuck!|fuck |0-2B 2-3 3-4 4-5 5-6B",
        "vvhore|whore|0-2B 2-3 3-4 4-5 5-6",
        "fvck.|fuck |0-1B 1-2 2-3 3-4 4-5B",
        "cvnt vv ph|cunt w f|0-1B 1-2 2-3 3-4 4-5B 5-7B 7-8B 8-10B",
        "a b c word|abc word|0-1BS 2-3BS 4-5BS 5-6B 6-7B 7-8 8-9 9-10",
        "a, b, c|abc|0-1BS 3-4BS 6-7BS",
        "x.y.z|xyz|0-1BS 2-3BS 4-5BS",
        "'a'| a |0-1B 1-2B 2-3B",
        "don't|don t|0-1B 1-2 2-3 3-4B 4-5B",
        "word.word|word word|0-1B 1-2 2-3 3-4 4-5B 5-6B 6-7 7-8 8-9",
        "http://t.co/abc|http tco abc|0-1B 1-2 2-3 3-4 4-7B 7-9B 9-10 10-11 11-12B 12-13B 13-14 14-15",
        "@user:|auser |0-1B 1-2 2-3 3-4 4-5 5-6B",
        "l33t|bet|0-2B 2-3 3-4",
        "ab1|ab¦|0-1B 1-2 2-3",
        "sh1t, fück|sh¦t fuck|0-1B 1-2 2-3 3-4 4-6B 6-7B 7-8 8-9 9-10",
        "xx 😀 yy|x 😀 y|0-2B 2-3B 3-5BU 3-5U 5-6B 6-8B",
    })
    void keysEveryKindOfChunkAsTheGeneralPathDoes(String text, String key, String spans) {
        MatchKey matchKey = MatchKey.of(NORMALIZER.normalize(text).text());
        assertEquals(key, matchKey.toString());
        assertEquals(spans, spans(matchKey));
    }

    /**
     * Normalised texts and keys of 3,000 seeded random texts (every tenth 1,024 chars) built from evasions, plain
     * words, marks, surrogates and punctuation, as one checksum. The value was taken from the engine before the speed
     * work of issue 3; a change of results, not of speed, changes it.
     */
    @Test
    void resultsMatchThoseFromBeforeTheFastPaths() {
        String[] pool = {"word", "Word,", "(word)", "don't", "f u c k", "f.u.c.k", "sh1t", "@user:", "http://t.co/x1",
            "fuuuck", "phat", "vvhat", "cvnt", "a", "I", "x.y.z", "e\u0301", "Cafe\u0301", "😀", "👨‍👩‍👧", "操你妈", "хуй",
            "bаstard", "ʙɪᴛᴄʜ", "ｆｕｃｋ", "𝐟𝐮𝐜𝐤", "f\u200Buck", "3 apples", "$100", "1st", "a55", "ß", "ǅ", "ﬁ", "\uD800",
            "\uDC00", "\u0301", "...", "--", "*", "#tag", "“quote”", "l33t", "\t", "\n"};
        Random random = new Random(20261122L);
        CRC32 crc = new CRC32();
        for (int round = 0; round < 3000; round++) {
            StringBuilder s = new StringBuilder();
            int target = round % 10 == 0 ? 1024 : 1 + random.nextInt(120);
            while (s.length() < target) {
                if (s.length() > 0) {
                    s.append(random.nextInt(5) == 0 ? "" : " ");
                }
                s.append(pool[random.nextInt(pool.length)]);
            }
            String text = s.length() > target && target == 1024 ? s.substring(0, 1024) : s.toString();
            NormalizedText n = NORMALIZER.normalize(text);
            StringBuilder dump = new StringBuilder(n.text()).append(Arrays.toString(n.toOriginal()))
                    .append(Arrays.toString(n.toOriginalEnd()));
            MatchKey key = MatchKey.of(n.text());
            for (int k = 0; k < key.length(); k++) {
                dump.append((int) key.charAt(k)).append(',').append(key.from(k)).append(',').append(key.to(k))
                        .append(key.boundaryBefore(k)).append(key.spaced(k)).append(key.unspaced(k)).append(';');
            }
            crc.update(dump.toString().getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(1768373222L, crc.getValue());
    }

    private static String spans(MatchKey key) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < key.length(); k++) {
            out.append(k == 0 ? "" : " ").append(key.from(k)).append('-').append(key.to(k))
                    .append(key.boundaryBefore(k) ? "B" : "").append(key.spaced(k) ? "S" : "")
                    .append(key.unspaced(k) ? "U" : "");
        }
        return out.toString();
    }
}
