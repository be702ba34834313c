package com.modbench.ui.imagelists;

import java.util.LinkedHashMap;
import java.util.Map;

/** The service's image tag codes and their meanings (for the tag picker and tooltips). */
public final class ImageTags {

    public static final Map<Integer, String> MEANINGS = meanings();

    private ImageTags() {
    }

    private static Map<Integer, String> meanings() {
        Map<Integer, String> m = new LinkedHashMap<>();
        m.put(101, "Nudity");
        m.put(102, "Sexual Content");
        m.put(201, "Alcohol");
        m.put(202, "Tobacco");
        m.put(203, "Drugs");
        m.put(301, "Child Exploitation");
        m.put(401, "Violence");
        m.put(402, "Weapons");
        m.put(403, "Gore");
        m.put(501, "Profanity");
        m.put(502, "Vulgarity");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** "101 Nudity", or the bare number for codes the service did not name. */
    public static String describe(Integer tag) {
        if (tag == null) {
            return "";
        }
        String meaning = MEANINGS.get(tag);
        return meaning == null ? tag.toString() : tag + " " + meaning;
    }

    /** Reads "101", "101 Nudity" or "" (no tag); anything else is an error message for the user. */
    public static Integer parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String number = text.strip().split("\\s+")[0];
        try {
            return Integer.valueOf(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The tag must be a number such as 101 (Nudity), not \"" + text + "\".");
        }
    }
}
