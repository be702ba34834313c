package com.modbench.engine.text.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US mailing addresses, after pyap's grammar: a house number (digits, or spelled out as in "One Microsoft Way"), an
 * optional pre-directional, a street name and a USPS suffix (or Broadway, a highway, an interstate, a route), an
 * optional post-directional and unit (Apt, Suite, #…), or a PO Box; then a city, and a state (USPS code or name)
 * and/or a ZIP or ZIP+4. {@link Validation#STRICT} also checks that the ZIP's three-digit prefix belongs to the
 * state.
 */
public final class UsAddressRecognizer implements PiiRecognizer {

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "thousand");
    private static final String NUMBER_WORD = RegexTrie.of(NUMBER_WORDS);
    private static final String NUMBER = "(?:\\d{1,6}(?:-\\d{1,5}|-?[A-Za-z](?![A-Za-z]))?|(?i:(?:" + NUMBER_WORD
            + ")(?:[ -](?:" + NUMBER_WORD + "|and)(?![\\p{L}]))*))";
    private static final String DIRECTION = "(?:(?i:north|south|east|west|northeast|northwest|southeast|southwest)"
            + "|N|S|E|W|NE|NW|SE|SW)\\.?";
    private static final String WORD = "[\\p{L}\\d][\\p{L}\\d'’.-]*";
    private static final String SUFFIX = "(?i:" + RegexTrie.of(UsStreetSuffixes.ALL) + ")(?![\\p{L}\\d])\\.?";
    private static final String NAMED_ROAD = "(?i:broadway|(?:(?:us|state|county)[ ]+)?(?:highway|hwy|route|rte)[ ]+"
            + "\\d{1,4}|interstate[ ]*\\d{1,4}|i-[ ]?\\d{1,4})(?![\\p{L}\\d])";
    private static final String UNIT = "(?:,?[ ]*(?:(?i:apt|apartment|suite|ste|unit|rm|room|fl|floor|bldg|building|"
            + "dept|lot|spc|space|trlr|pmb)\\.?[ ]*#?[ ]*|#[ ]*)[A-Za-z0-9-]{1,6}(?![\\p{L}\\d]))";
    private static final String PO_BOX = "(?i:(?:p\\.?[ ]?o\\.?[ ]*|post[ ]+office[ ]+)box)[ ]+\\d{1,6}";
    private static final String STREET = "(?:" + NUMBER + "[ ]+(?:" + DIRECTION + "[ ]+)?(?:(?:" + WORD + "[ ]+){0,4}?"
            + WORD + "[ ]+" + SUFFIX + "|" + NAMED_ROAD + ")(?:[ ]+" + DIRECTION + "(?![\\p{L}\\d]))?"
            + UNIT + "{0,2}|" + PO_BOX + ")";
    private static final String SEPARATOR = "(?:[ ]*,[ ]*\\n?[ ]*|[ ]*\\n[ ]*|[ ]+)";
    private static final String CITY = "\\p{L}[\\p{L}.'’-]+(?:[ ]\\p{L}[\\p{L}.'’-]*){0,3}";
    private static final String STATE = "(?<state>" + RegexTrie.ofCaseSensitive(UsStates.writtenNames()) + "|" + stateCodes()
            + ")(?![\\p{L}\\d])";
    private static final String ZIP = "\\d{5}(?:-\\d{4})?(?![\\w-])";
    /** Where an address can end: a state or a ZIP. The full pattern only runs in the window before one. */
    static final Pattern TAIL = Pattern.compile("(?<![\\p{L}\\d])(?:" + STATE + "(?:,?[ ]+" + ZIP + ")?|"
            + ZIP + ")");
    private static final int WINDOW = 200;
    /** A state name can be the city ("Washington, DC 20500"): the match may run past the tail that started it. */
    private static final int LOOK_PAST = 40;
    static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\d#-])" + STREET + SEPARATOR + CITY
            + "(?:[ ]*,[ ]*|[ ]+)(?:" + STATE + "(?:,?[ ]+(?<zip>" + ZIP + "))?|(?<zipOnly>" + ZIP + "))");
    /** Military mail (USPS Pub. 28, section 24): unit or ship, then APO/FPO/DPO, AA/AE/AP and the ZIP. */
    static final Pattern MILITARY = Pattern.compile("(?<![\\p{L}\\d])(?:(?:PSC|CMR|Unit)[ ]+\\d{1,5},?[ ]+"
            + "Box[ ]+\\d{1,5}|(?:USNS|USNV|USS|USCGC)[ ]+\\p{L}[\\p{L}'-]*(?:[ ]\\p{L}[\\p{L}'-]*){0,2})"
            + SEPARATOR + "(?:APO|FPO|DPO)[ ]+(?<state>AA|AE|AP)[ ]+(?<zip>\\d{5}(?:-\\d{4})?)(?![\\w-])");
    private static final double SCORE = 0.85;

    /** USPS codes, optionally dotted ("W.A."), grouped by first letter: {@code A\.?[AEKLPRSZ]\.?|C\.?[AOT]\.?|…}. */
    private static String stateCodes() {
        java.util.Map<Character, StringBuilder> byFirst = new java.util.TreeMap<>();
        for (String code : UsStates.codes()) {
            byFirst.computeIfAbsent(code.charAt(0), k -> new StringBuilder()).append(code.charAt(1));
        }
        StringBuilder out = new StringBuilder("(?:");
        byFirst.forEach((first, seconds) -> out.append(out.length() > 3 ? "|" : "").append(first).append("\\.?[")
                .append(seconds).append("]\\.?"));
        return out.append(')').toString();
    }

    private static boolean accepted(Matcher m, Validation validation) {
        String state = m.group("state");
        String zip = m.group("zip");
        return validation != Validation.STRICT || state == null || zip == null
                || UsStates.zipBelongsTo(zip, UsStates.code(state));
    }

    @Override
    public List<PiiHit> find(ScannedText scan, Validation validation) {
        String text = scan.text();
        if (scan.digitRunCount() == 0) {
            return List.of();
        }
        List<PiiHit> hits = new ArrayList<>();
        FilteredFinder tail = new FilteredFinder(TAIL, text, AddressStarts::tail, AddressStarts.tailPositions(scan));
        FilteredFinder[] finders = {new FilteredFinder(ADDRESS, text, AddressStarts::address),
            new FilteredFinder(MILITARY, text, AddressStarts::military)};
        int searched = 0;
        while (tail.find()) {
            int from = Math.max(searched, tail.matcher().start() - WINDOW);
            for (FilteredFinder finder : finders) {
                finder.region(from, Math.min(text.length(), tail.matcher().end() + LOOK_PAST));
                while (finder.find()) {
                    Matcher m = finder.matcher();
                    searched = Math.max(searched, m.end());
                    if (accepted(m, validation)) {
                        hits.add(new PiiHit(PiiKind.ADDRESS, m.start(), m.end(), m.group(), null, SCORE));
                    }
                }
            }
        }
        return hits;
    }

    static List<String> numberWords() {
        return NUMBER_WORDS;
    }
}
