package com.modbench.ui.lists;

import java.util.LinkedHashMap;
import java.util.Map;

/** A list's metadata as the user edits it: one {@code key = value} per line. */
final class Metadata {

    private Metadata() {
    }

    static String format(Map<String, String> metadata) {
        if (metadata == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        metadata.forEach((k, v) -> out.append(k).append(" = ").append(v).append('\n'));
        return out.toString().stripTrailing();
    }

    /** Parses the lines; a line without '=' or with an empty key is an error naming the line. */
    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = text == null ? new String[0] : text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int eq = lines[i].indexOf('=');
            if (eq <= 0 || lines[i].substring(0, eq).isBlank()) {
                throw new IllegalArgumentException("Metadata line " + (i + 1) + " needs the form key = value.");
            }
            out.put(lines[i].substring(0, eq).strip(), lines[i].substring(eq + 1).strip());
        }
        return out;
    }
}
