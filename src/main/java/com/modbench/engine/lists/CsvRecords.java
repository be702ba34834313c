package com.modbench.engine.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code term,language} CSV of term files: RFC 4180 fields (quotes, doubled quotes), one record per line. */
final class CsvRecords {

    private CsvRecords() {
    }

    static void read(String[] lines, String defaultLanguage, List<TermFiles.Line> terms,
                     List<TermFiles.SkippedLine> skipped) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields == null) {
                skipped.add(new TermFiles.SkippedLine(i + 1, line, "Unbalanced quotes."));
            } else if (i == 0 && isHeader(fields)) {
                continue;
            } else if (fields.size() > 2) {
                skipped.add(new TermFiles.SkippedLine(i + 1, line, "Expected term,language but found "
                        + fields.size() + " columns; quote a term that contains a comma."));
            } else {
                String language = fields.size() == 2 && !fields.get(1).isBlank() ? fields.get(1).strip()
                        : defaultLanguage;
                terms.add(new TermFiles.Line(i + 1, fields.get(0), language));
            }
        }
    }

    /** The fields of one line, or null if a quote is left open. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    static String quote(String value) {
        boolean needs = value.contains(",") || value.contains("\"") || !value.equals(value.strip());
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static boolean isHeader(List<String> fields) {
        return fields.get(0).strip().toLowerCase(Locale.ROOT).equals("term")
                && (fields.size() == 1 || fields.get(1).strip().toLowerCase(Locale.ROOT).equals("language"));
    }
}
