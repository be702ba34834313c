package com.modbench.engine.text.pii;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * US states, DC, territories and military "states" (USPS codes and names), with the ZIP-code prefixes (first three
 * digits, from the USPS three-digit ZIP prefix assignments) each one uses. Strict validation checks that an
 * address's ZIP belongs to its state.
 */
final class UsStates {

    private static final Map<String, String> NAME_TO_CODE = new HashMap<>();
    private static final Map<String, int[]> ZIP3 = new HashMap<>();

    static {
        state("AL", "Alabama", 350, 369);
        state("AK", "Alaska", 995, 999);
        state("AZ", "Arizona", 850, 865);
        state("AR", "Arkansas", 716, 729);
        state("CA", "California", 900, 961);
        state("CO", "Colorado", 800, 816);
        state("CT", "Connecticut", 60, 69);
        state("DE", "Delaware", 197, 199);
        state("DC", "District of Columbia", 200, 205, 569, 569);
        state("FL", "Florida", 320, 349);
        state("GA", "Georgia", 300, 319, 398, 399);
        state("HI", "Hawaii", 967, 968);
        state("ID", "Idaho", 832, 838);
        state("IL", "Illinois", 600, 629);
        state("IN", "Indiana", 460, 479);
        state("IA", "Iowa", 500, 528);
        state("KS", "Kansas", 660, 679);
        state("KY", "Kentucky", 400, 427);
        state("LA", "Louisiana", 700, 714);
        state("ME", "Maine", 39, 49);
        state("MD", "Maryland", 206, 219);
        state("MA", "Massachusetts", 10, 27, 55, 55);
        state("MI", "Michigan", 480, 499);
        state("MN", "Minnesota", 550, 567);
        state("MS", "Mississippi", 386, 397);
        state("MO", "Missouri", 630, 658);
        state("MT", "Montana", 590, 599);
        state("NE", "Nebraska", 680, 693);
        state("NV", "Nevada", 889, 898);
        state("NH", "New Hampshire", 30, 38);
        state("NJ", "New Jersey", 70, 89);
        state("NM", "New Mexico", 870, 884);
        state("NY", "New York", 5, 5, 63, 63, 100, 149);
        state("NC", "North Carolina", 270, 289);
        state("ND", "North Dakota", 580, 588);
        state("OH", "Ohio", 430, 459);
        state("OK", "Oklahoma", 730, 749);
        state("OR", "Oregon", 970, 979);
        state("PA", "Pennsylvania", 150, 196);
        state("RI", "Rhode Island", 28, 29);
        state("SC", "South Carolina", 290, 299);
        state("SD", "South Dakota", 570, 577);
        state("TN", "Tennessee", 370, 385);
        state("TX", "Texas", 750, 799, 885, 885);
        state("UT", "Utah", 840, 847);
        state("VT", "Vermont", 50, 59);
        state("VA", "Virginia", 201, 201, 220, 246);
        state("WA", "Washington", 980, 994);
        state("WV", "West Virginia", 247, 268);
        state("WI", "Wisconsin", 530, 549);
        state("WY", "Wyoming", 820, 831);
        state("PR", "Puerto Rico", 6, 9);
        state("VI", "Virgin Islands", 8, 8);
        state("GU", "Guam", 969, 969);
        state("AS", "American Samoa", 967, 967);
        state("MP", "Northern Mariana Islands", 969, 969);
        state("AA", null, 340, 340);
        state("AE", null, 90, 98);
        state("AP", null, 962, 966);
    }

    private UsStates() {
    }

    private static void state(String code, String name, int... zip3Ranges) {
        if (name != null) {
            NAME_TO_CODE.put(name.toLowerCase(Locale.ROOT), code);
        }
        ZIP3.put(code, zip3Ranges);
    }

    static List<String> codes() {
        return ZIP3.keySet().stream().sorted().toList();
    }

    /** State names as addresses write them: "New York" and "NEW YORK". */
    static List<String> writtenNames() {
        List<String> out = new java.util.ArrayList<>();
        for (String name : NAME_TO_CODE.keySet()) {
            StringBuilder title = new StringBuilder();
            for (String word : name.split(" ")) {
                title.append(title.length() > 0 ? " " : "").append(word.equals("of") ? "of"
                        : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
            out.add(title.toString());
            out.add(name.toUpperCase(Locale.ROOT));
        }
        return out;
    }

    /** The USPS code for a code or a state name (any case, dots ignored), or null. */
    static String code(String codeOrName) {
        String compact = codeOrName.replace(".", "").trim();
        String upper = compact.toUpperCase(Locale.ROOT);
        if (ZIP3.containsKey(upper) && compact.length() == 2) {
            return upper;
        }
        return NAME_TO_CODE.get(compact.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    static boolean zipBelongsTo(String zip, String stateCode) {
        int[] ranges = ZIP3.get(stateCode);
        if (ranges == null || zip.length() < 3) {
            return false;
        }
        int prefix = Integer.parseInt(zip.substring(0, 3));
        for (int i = 0; i < ranges.length; i += 2) {
            if (prefix >= ranges[i] && prefix <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
