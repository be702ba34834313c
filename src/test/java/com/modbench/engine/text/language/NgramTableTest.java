package com.modbench.engine.text.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NgramTableTest {

    @Test
    void storesCostsAndReportsAbsentKeys() {
        NgramTable table = new NgramTable(3);
        table.put(NgramTable.fingerprint("the", 0, 3), NgramTable.cost(0.01));
        table.put(NgramTable.fingerprint("and", 0, 3), NgramTable.cost(0.5));
        assertEquals(4605, table.cost(NgramTable.fingerprint("the", 0, 3)));
        assertEquals(693, table.cost(NgramTable.fingerprint("and", 0, 3)));
        assertEquals(NgramTable.ABSENT, table.cost(NgramTable.fingerprint("xyz", 0, 3)));
        assertEquals(2, table.size());
    }

    @Test
    void prefixFingerprintsMatchWholeFingerprints() {
        long h = NgramTable.SEED;
        for (char c : "quick".toCharArray()) {
            h = NgramTable.extend(h, c);
        }
        assertEquals(NgramTable.fingerprint("quick", 0, 5), NgramTable.fold(h));
        assertNotEquals(NgramTable.fingerprint("quick", 0, 5), NgramTable.fingerprint("quick", 0, 4));
    }

    @Test
    void cleaningKeepsLettersAndMarksDropsDigitsAndPunctuation() {
        assertEquals("hello world", NgramLanguageDetector.clean("  Hello, World!! 2024 "));
        assertEquals("dont stop", NgramLanguageDetector.clean("Don't  stop"));
        assertEquals("", NgramLanguageDetector.clean("123 !!!"));
    }
}
