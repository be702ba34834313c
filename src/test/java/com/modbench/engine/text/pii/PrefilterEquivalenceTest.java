package com.modbench.engine.text.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The recognizers search only where their prefilters point (qualifying {@link CharRuns}, {@link FilteredFinder}'s
 * admitted starts). On generated texts full of near-misses, these searches must find exactly what the plain
 * whole-text {@link Matcher#find()} finds, so the prefilters can never change a result.
 */
class PrefilterEquivalenceTest {

    private static final String[] PIECES = {"0", "1", "7", "9", "12", "555", "0100", "4111", "98101", "2020-01-02",
        " ", "  ", ".", "-", "(", ")", "+", "/", ":", "::", "@", "#", "%", "x", "ext", "e", "t", "_", "'", ",", "\n",
        "a", "f", "A", "F", "Z", "IN", "WA", "W.A.", "N.Y.", "NY", "New York", "NEW YORK", "Washington", "Texas",
        "St", "Street", "Ave", "Apt 4B", "Suite", "PO Box", "P.O. Box", "Post Office Box", "APO", "FPO", "AA", "AE",
        "PSC", "CMR", "Box", "Unit", "USS", "USNS", "One", "two", "twenty-one", "Main", "Broadway", "Hwy 9", "I-5",
        "N", "NE", "GB", "DE89", "GB82WEST", "fe80", "ffff", "😀", "𠀀", "𝕩", "é", "１２３", "٣", "\uD800", "\uDC00",
        "&#128514;", "RT @user:", "Seattle", "Redmond"};

    private static final String[][] ADDRESS_PARTS = {{"1", "500", "12-3", "12B", "One", "twenty-one", "PO Box 12",
        "P.O. Box 7", "PSC 3294, Box 9168", "USS Ohio", "Unit 2050 Box 4190", "x"}, {" ", " W ", " North ", "  "},
        {"Main St", "2nd Ave", "Microsoft Way", "Broadway", "Hwy 9", "I-5", "Elm Street", "Main"},
        {"", " Apt 4B", ", Suite 200", " #12"}, {", ", "\n", " ", ","}, {"Seattle", "San Jose", "APO", "FPO"},
        {", ", " "}, {"WA", "W.A.", "New York", "NEW YORK", "AA", "AE", "Texas", "wa"},
        {" 98101", " 10001-1234", ", 34001", "", " 9810"}};

    /** An address from parts, sometimes with one character dropped, in some filler. */
    private static String address(Random random) {
        StringBuilder out = new StringBuilder();
        for (String[] part : ADDRESS_PARTS) {
            out.append(part[random.nextInt(part.length)]);
        }
        if (random.nextInt(4) == 0) {
            out.deleteCharAt(random.nextInt(out.length()));
        }
        return out.toString();
    }

    private static final List<String> TEXTS = texts();

    private static List<String> texts() {
        Random random = new Random(20240517);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(60);
            for (int p = 0; p < pieces; p++) {
                if (random.nextInt(12) == 0) {
                    text.append(address(random));
                } else if (random.nextInt(3) == 0) {
                    int digits = 1 + random.nextInt(16);
                    for (int d = 0; d < digits; d++) {
                        text.append((char) ('0' + random.nextInt(10)));
                    }
                } else {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
                if (random.nextInt(3) == 0) {
                    text.append(random.nextBoolean() ? " " : ", ");
                }
            }
            texts.add(text.toString());
        }
        texts.add("0123456789".repeat(103));
        texts.add("1 Main St, Seattle, WA 98101 and PSC 3294, Box 9168\nAPO AA 34001 or 10.0.0.1, ::1, 425-555-0100");
        return texts;
    }

    @Test
    void runsHoldEveryMatchOfTheWholeTextSearch() {
        record Case(String name, Pattern pattern, CharRuns runs, int keptDigits) {
        }
        List<Case> cases = List.of(new Case("SSN delimited", SsnRecognizer.DELIMITED, SsnRecognizer.RUNS, 0),
                new Case("SSN weak", SsnRecognizer.WEAK, SsnRecognizer.RUNS, 0),
                new Case("card", CreditCardRecognizer.CANDIDATE, CreditCardRecognizer.RUNS, 0),
                new Case("IPv4", IpAddressRecognizer.IPV4, IpAddressRecognizer.V4_RUNS, 0),
                new Case("IPv6", IpAddressRecognizer.IPV6, IpAddressRecognizer.V6_RUNS, 0),
                new Case("IBAN start", IbanRecognizer.START, IbanRecognizer.RUNS, 0),
                // a phone candidate counts from seven digits: runs with fewer hold only dropped candidates
                new Case("phone", PhoneRecognizer.CANDIDATE, PhoneRecognizer.RUNS, 7));
        int matches = 0;
        for (Case c : cases) {
            for (String text : TEXTS) {
                List<String> whole = spans(c.pattern().matcher(text), c.keptDigits());
                List<String> inRuns = new ArrayList<>();
                for (CharRuns.Cursor run = c.runs().in(ScannedText.of(text)); run.next(); ) {
                    inRuns.addAll(spans(run.matcher(c.pattern()), c.keptDigits()));
                }
                assertEquals(whole, inRuns, c.name() + " in " + text);
                matches += whole.size();
            }
        }
        assertTrue(matches > 1000, "the generated texts exercise the patterns: " + matches + " matches");
    }

    @Test
    void stateAndZipStartsHoldEveryTailOfTheWholeTextSearch() {
        int matches = 0;
        for (String text : TEXTS) {
            List<String> whole = spans(UsAddressRecognizer.TAIL.matcher(text), 0);
            FilteredFinder finder = new FilteredFinder(UsAddressRecognizer.TAIL, text, AddressStarts::tail,
                    AddressStarts.tailPositions(ScannedText.of(text)));
            assertEquals(whole, spans(finder), text);
            matches += whole.size();
        }
        assertTrue(matches > 1000, "the generated texts exercise the pattern: " + matches + " matches");
    }

    /** Several overlapping regions per text, as the windows before neighbouring states, through one finder. */
    @Test
    void streetStartsHoldEveryAddressOfTheRegionSearch() {
        Random random = new Random(7);
        int matches = 0;
        for (String text : TEXTS) {
            for (Pattern pattern : List.of(UsAddressRecognizer.ADDRESS, UsAddressRecognizer.MILITARY)) {
                FilteredFinder.Starts starts = pattern == UsAddressRecognizer.ADDRESS ? AddressStarts::address
                        : AddressStarts::military;
                FilteredFinder finder = new FilteredFinder(pattern, text, starts);
                for (int window = 0; window < 4; window++) {
                    int from = random.nextInt(text.length() + 1);
                    int to = from + random.nextInt(text.length() - from + 1);
                    Matcher plain = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
                            .region(from, to);
                    List<String> whole = spans(plain, 0);
                    assertEquals(whole, spans(finder.region(from, to)), from + ".." + to + " in " + text);
                    matches += whole.size();
                }
            }
        }
        assertTrue(matches > 300, "the generated texts exercise the patterns: " + matches + " matches");
    }

    private static List<String> spans(Matcher m, int minDigits) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (m.group().chars().filter(c -> c >= '0' && c <= '9').count() >= minDigits) {
                out.add(m.start() + "-" + m.end());
            }
        }
        return out;
    }

    private static List<String> spans(FilteredFinder finder) {
        List<String> out = new ArrayList<>();
        while (finder.find()) {
            out.add(finder.matcher().start() + "-" + finder.matcher().end());
        }
        return out;
    }
}
