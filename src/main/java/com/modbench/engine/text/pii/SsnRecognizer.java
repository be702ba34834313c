package com.modbench.engine.text.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US Social Security numbers, scored as Presidio does. {@code AAA-GG-SSSS} (or with spaces or dots, one delimiter
 * throughout) is a medium-strength pattern; nine bare digits, {@code AAAGG-SSSS} and {@code AAA-GGSSSS} are weak and
 * need a context word ("SSN", "social security") nearby.
 *
 * <p>Validity: in {@link Validation#STRICT} every candidate must be issuable (area not 000, 666 or 900–999, group
 * not 00, serial not 0000) and not a famous invalid number (all one digit, 123-45-6789, the Woolworth wallet
 * number 078-05-1120, the advertising number 219-09-9999). In {@link Validation#COMPATIBLE} the delimited form only
 * needs area, group and serial to be non-zero and the area not 666 (as Presidio), because the retired service
 * reported 999-99-9999; the weak forms are always held to the strict rules.
 */
public final class SsnRecognizer implements PiiRecognizer {

    static final Pattern DELIMITED = Pattern.compile("(?<![\\w.-])(\\d{3})([- .])(\\d{2})\\2(\\d{4})(?![\\w-]|\\.\\d)");
    static final Pattern WEAK = Pattern.compile(
            "(?<![\\w.-])(?:(\\d{3})(\\d{2})(\\d{4})|(\\d{3})(\\d{2})-(\\d{4})|(\\d{3})-(\\d{2})(\\d{4}))(?![\\w-]|\\.\\d)");
    /** Both patterns consume only digits and their delimiters, nine digits at least. */
    static final CharRuns RUNS = CharRuns.withDigits("0123456789 .-", "0123456789", 9);
    private static final ContextWords CONTEXT = ContextWords.of("ssn", "ssns", "social", "security", "ss#");
    private static final Set<String> KNOWN_INVALID = Set.of("123456789", "078051120", "219099999", "987654320",
            "987654321", "987654322", "987654323", "987654324", "987654325", "987654326", "987654327", "987654328",
            "987654329");
    private static final double DELIMITED_SCORE = 0.7;
    private static final double WEAK_SCORE = 0.2;

    @Override
    public List<PiiHit> find(ScannedText scan, Validation validation) {
        String text = scan.text();
        List<PiiHit> hits = new ArrayList<>();
        for (CharRuns.Cursor run = RUNS.in(scan); run.next(); ) {
            findDelimited(text, run, validation, hits);
        }
        for (CharRuns.Cursor run = RUNS.in(scan); run.next(); ) {
            findWeak(text, run, hits);
        }
        return hits;
    }

    private static void findDelimited(String text, CharRuns.Cursor run, Validation validation, List<PiiHit> hits) {
        Matcher m = run.matcher(DELIMITED);
        while (m.find()) {
            boolean valid = validation == Validation.STRICT ? isIssuable(m.group(1), m.group(3), m.group(4))
                    : isWellFormed(m.group(1), m.group(3), m.group(4));
            if (valid) {
                double score = CONTEXT.boost(text, m.start(), m.end(), DELIMITED_SCORE);
                hits.add(new PiiHit(PiiKind.SSN, m.start(), m.end(), m.group(), null, score));
            }
        }
    }

    private static void findWeak(String text, CharRuns.Cursor run, List<PiiHit> hits) {
        Matcher w = run.matcher(WEAK);
        while (w.find()) {
            int g = w.group(1) != null ? 1 : w.group(4) != null ? 4 : 7;
            if (isIssuable(w.group(g), w.group(g + 1), w.group(g + 2))) {
                double score = CONTEXT.boost(text, w.start(), w.end(), WEAK_SCORE);
                hits.add(new PiiHit(PiiKind.SSN, w.start(), w.end(), w.group(), null, score));
            }
        }
    }

    /** The SSA's issuing rules plus Presidio's list of numbers that are well-formed but never real. */
    static boolean isIssuable(String area, String group, String serial) {
        String all = area + group + serial;
        if (all.chars().distinct().count() == 1 || KNOWN_INVALID.contains(all)) {
            return false;
        }
        return isWellFormed(area, group, serial) && Integer.parseInt(area) < 900;
    }

    /** No all-zero part and not area 666: the shape every checker agrees on, 9xx areas included. */
    static boolean isWellFormed(String area, String group, String serial) {
        return !area.equals("000") && !area.equals("666") && !group.equals("00") && !serial.equals("0000");
    }
}
