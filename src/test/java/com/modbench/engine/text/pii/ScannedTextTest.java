package com.modbench.engine.text.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScannedTextTest {

    @Test
    void findsDigitRunsAndWordInitialCapitalsAcrossBlockEdges() {
        // a run that crosses the 64-char block edge, a capital right on it, a run at the very end
        String text = "x".repeat(60) + "12345678" + " ".repeat(56) + "Ab9Cd  New York 007";
        ScannedText scanned = ScannedText.of(text);
        assertEquals(List.of(60, 68, text.indexOf("9"), text.indexOf("9") + 1, text.length() - 3, text.length()),
                edges(scanned));
        assertEquals(List.of(124, text.indexOf("New"), text.indexOf("York")), capitals(scanned));
    }

    @Test
    void agreesWithACharByCharReadingOnRandomText() {
        Random random = new Random(42);
        String alphabet = "aZ09 .-Éé٣\uD83D\uDE00";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ScannedText scanned = ScannedText.of(text.toString());
            assertEquals(expectedEdges(text), edges(scanned), text::toString);
            assertEquals(expectedCapitals(text), capitals(scanned), text::toString);
        }
    }

    private static List<Integer> edges(ScannedText scanned) {
        List<Integer> out = new ArrayList<>();
        for (int run = 0; run < scanned.digitRunCount(); run++) {
            out.add(scanned.digitRunStart(run));
            out.add(scanned.digitRunEnd(run));
        }
        return out;
    }

    private static List<Integer> capitals(ScannedText scanned) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < scanned.capitalCount(); k++) {
            out.add(scanned.capital(k));
        }
        return out;
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean asciiAlnum(char c) {
        return asciiDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static List<Integer> expectedEdges(CharSequence text) {
        List<Integer> out = new ArrayList<>();
        boolean inRun = false;
        for (int i = 0; i <= text.length(); i++) {
            boolean digit = i < text.length() && asciiDigit(text.charAt(i));
            if (digit != inRun) {
                out.add(i);
                inRun = digit;
            }
        }
        return out;
    }

    private static List<Integer> expectedCapitals(CharSequence text) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' && (i == 0 || !asciiAlnum(text.charAt(i - 1)))) {
                out.add(i);
            }
        }
        return out;
    }
}
