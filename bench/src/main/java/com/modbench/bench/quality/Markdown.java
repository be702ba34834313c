package com.modbench.bench.quality;

import java.util.List;
import java.util.Locale;

/** Small helpers for the report's Markdown: tables and number formats. */
public final class Markdown {

    private final StringBuilder out = new StringBuilder();

    public Markdown heading(int level, String text) {
        out.append('\n').append("#".repeat(level)).append(' ').append(text).append("\n\n");
        return this;
    }

    public Markdown paragraph(String text) {
        out.append(text).append("\n\n");
        return this;
    }

    public Markdown table(List<String> header, List<List<String>> rows) {
        out.append(row(header));
        out.append(row(header.stream().map(h -> "---").toList()));
        rows.forEach(r -> out.append(row(r)));
        out.append('\n');
        return this;
    }

    public Markdown append(Markdown other) {
        out.append(other.out);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|").replace("\n", " ")).toList())
                + " |\n";
    }

    public static String percent(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", ratio * 100);
    }

    public static String decimal(double value, int digits) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Up to {@code limit} examples, comma separated, with the total when there are more. */
    public static String examples(List<String> items, int limit) {
        if (items.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", items.subList(0, Math.min(limit, items.size())));
        return items.size() > limit ? shown + ", … (" + items.size() + " in all)" : shown;
    }
}
