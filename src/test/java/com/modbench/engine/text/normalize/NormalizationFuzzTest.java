package com.modbench.engine.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.modbench.engine.text.terms.BuiltInTerms;
import com.modbench.engine.text.terms.TermHit;
import com.modbench.engine.text.terms.TermIndex;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Big List of Naughty Strings and random Unicode: no exception, every index in bounds, no split pairs. */
class NormalizationFuzzTest {

    private final Normalizer normalizer = new CaseFoldNormalizer();
    private final BuiltInTerms builtIn = new BuiltInTerms();

    @Test
    void bigListOfNaughtyStrings() throws IOException {
        List<String> strings;
        try (InputStream in = getClass().getResourceAsStream("/blns/blns.json")) {
            strings = List.of(new ObjectMapper().readValue(in, String[].class));
        }
        assertTrue(strings.size() > 400);
        TermIndex[] indexes = {builtIn.apply("eng"), builtIn.apply("zho"), builtIn.apply("ara"), builtIn.apply("tha")};
        for (String s : strings) {
            for (TermIndex index : indexes) {
                check(s, index);
            }
        }
    }

    @Test
    void randomUnicodeIncludingLoneSurrogatesAndMarks() {
        Random random = new Random(42);
        TermIndex index = builtIn.apply("jpn");
        for (int round = 0; round < 20_000; round++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(10);
                int cp = pick < 3 ? 'a' + random.nextInt(26)
                        : pick < 5 ? " .*-_@$!|10".charAt(random.nextInt(11))
                        : pick < 6 ? 0x300 + random.nextInt(0x70)
                        : pick < 7 ? 0xD800 + random.nextInt(0x800)
                        : pick < 8 ? 0x1F300 + random.nextInt(0x300)
                        : random.nextInt(0x30000);
                s.appendCodePoint(cp);
            }
            check(s.toString(), index);
        }
    }

    private void check(String input, TermIndex index) {
        NormalizedText n = normalizer.normalize(input);
        String text = n.text();
        assertEquals(input.length(), n.originalEnd(text.length()) == 0 && text.isEmpty() ? input.length()
                : n.toOriginal()[text.length()]);
        for (int i = 0; i < text.length(); i++) {
            int start = n.originalStart(i);
            int end = n.originalEnd(i + 1);
            assertTrue(0 <= start && start < end && end <= input.length(), input);
            assertTrue(i == 0 || n.originalStart(i - 1) <= start, "starts are monotonic: " + input);
            assertTrue(!Character.isLowSurrogate(input.charAt(start)) || start == 0
                    || !Character.isHighSurrogate(input.charAt(start - 1)), "no split pair: " + input);
        }
        MatchKey key = MatchKey.of(text);
        for (int k = 0; k < key.length(); k++) {
            assertTrue(0 <= key.from(k) && key.from(k) < key.to(k) && key.to(k) <= text.length(), input);
        }
        for (TermHit hit : index.find(text)) {
            assertTrue(0 <= hit.start() && hit.start() < hit.end() && hit.end() <= text.length(), input);
            String original = input.substring(n.originalStart(hit.start()), n.originalEnd(hit.end()));
            assertTrue(!original.isEmpty(), input);
        }
    }
}
