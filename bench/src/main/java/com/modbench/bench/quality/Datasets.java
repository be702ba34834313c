package com.modbench.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.modbench.model.Json;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Readers for the evaluation sets. They return plain values; nothing here knows which engine is measured. */
public final class Datasets {

    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private Datasets() {
    }

    /** A Davidson tweet: {@code cls} 0 hate, 1 offensive, 2 neither. {@code row} is the file's own row number. */
    public record Tweet(int row, String text, int cls) {

        public boolean offensive() {
            return cls != 2;
        }

        /** The fixed 20% development split used while choosing classifier weights; never reported as a result. */
        public boolean development() {
            return row % 5 == 0;
        }
    }

    /** A surge-ai row: the (often obfuscated) variant and its canonical forms. */
    public record SurgeTerm(String text, List<String> canonical, String category, double severity) {
    }

    public static List<Tweet> davidson(Path csv) {
        List<Tweet> tweets = new ArrayList<>();
        for (CSVRecord r : csv(csv)) {
            tweets.add(new Tweet(Integer.parseInt(r.get(0)), unescapeHtml(r.get("tweet")),
                    Integer.parseInt(r.get("class"))));
        }
        return tweets;
    }

    public static List<SurgeTerm> surge(Path csv) {
        List<SurgeTerm> terms = new ArrayList<>();
        for (CSVRecord r : csv(csv)) {
            List<String> canonical = new ArrayList<>();
            for (String column : List.of("canonical_form_1", "canonical_form_2", "canonical_form_3")) {
                if (!r.get(column).isBlank()) {
                    canonical.add(r.get(column).trim());
                }
            }
            terms.add(new SurgeTerm(r.get("text").trim(), canonical, r.get("category_1"),
                    Double.parseDouble(r.get("severity_rating"))));
        }
        return terms;
    }

    /**
     * The dsojevic exception words ({@code *} replaced by each match form), i.e. ordinary words that contain a
     * profane match form and must stay clean. Some exceptions only say that another entry covers the word
     * ({@code cock → *sucker}), so words that are a match form or a surge-ai term or canonical form are dropped.
     */
    public static List<String> dsojevicExceptions(Path json, List<SurgeTerm> profane) {
        Set<String> forms = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        JsonNode entries = readJson(json);
        for (JsonNode entry : entries) {
            for (String form : entry.path("match").asText().split("\\|")) {
                forms.add(form.replace("*", "").toLowerCase(Locale.ROOT));
            }
        }
        for (JsonNode entry : entries) {
            for (JsonNode exception : entry.path("exceptions")) {
                for (String form : entry.path("match").asText().split("\\|")) {
                    words.add(exception.asText().replace("*", form.replace("*", "")).toLowerCase(Locale.ROOT));
                }
            }
        }
        words.removeAll(forms);
        words.removeAll(profaneWords(profane));
        return List.copyOf(words);
    }

    /**
     * The Debian {@code wamerican} word list minus possessives ({@code 's}) and minus every surge-ai variant and
     * canonical form (those are profane on purpose), so each remaining word should screen clean.
     */
    public static List<String> cleanEnglishWords(Path wordList, List<SurgeTerm> profane) {
        Set<String> excluded = profaneWords(profane);
        try {
            return Files.readAllLines(wordList, StandardCharsets.UTF_8).stream()
                    .map(String::trim)
                    .filter(w -> !w.isEmpty() && !w.endsWith("'s"))
                    .filter(w -> !excluded.contains(w.toLowerCase(Locale.ROOT)))
                    .distinct()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every surge-ai text and canonical form, lower-cased. */
    static Set<String> profaneWords(List<SurgeTerm> profane) {
        Set<String> words = new java.util.HashSet<>();
        for (SurgeTerm term : profane) {
            words.add(term.text().toLowerCase(Locale.ROOT));
            term.canonical().forEach(c -> words.add(c.toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    public static JsonNode readJson(Path json) {
        try {
            return Json.mapper().readTree(json.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + json, e);
        }
    }

    static String unescapeHtml(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> codePoint(name);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String numeric) {
        int cp = numeric.startsWith("#x") || numeric.startsWith("#X")
                ? Integer.parseInt(numeric.substring(2), 16) : Integer.parseInt(numeric.substring(1));
        return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\uFFFD";
    }

    private static List<CSVRecord> csv(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                    .build().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
