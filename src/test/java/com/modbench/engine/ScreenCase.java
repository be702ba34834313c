package com.modbench.engine;

import com.modbench.api.ScreenOptions;
import com.modbench.model.text.DetectedTerm;
import com.modbench.model.text.Pii;
import com.modbench.model.text.Screen;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a screening table: a text and every finding expected in it. Expected positions are found with
 * {@link String#indexOf}, so they count UTF-16 code units as the contract's {@code Index} does; a row may also
 * pin the number the contract documents with {@link #at(int)}.
 */
final class ScreenCase {

    /** One finding, flattened from the Screen JSON: {@code index} is OriginalIndex for a term, Index for PII. */
    record Finding(String kind, String detail, String text, int index) {
        @Override
        public String toString() {
            return kind + (detail == null ? "" : "[" + detail + "]") + " \"" + text + "\" @" + index;
        }
    }

    static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::index).thenComparing(Finding::kind)
            .thenComparing(Finding::text);

    final String name;
    final String text;
    ScreenOptions options = ScreenOptions.DEFAULT;
    final List<Finding> expected = new ArrayList<>();
    private final Map<String, Integer> lastFound = new HashMap<>();

    private ScreenCase(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static ScreenCase of(String name, String text) {
        return new ScreenCase(name, text);
    }

    ScreenCase pii() {
        options = options.withPii(true);
        return this;
    }

    ScreenCase term(String term) {
        return term(term, term);
    }

    /** A built-in term whose text in the input is {@code surface} (e.g. "CRAP" for the term "crap"). */
    ScreenCase term(String term, String surface) {
        return add("Term", "ListId 0", term, surface);
    }

    ScreenCase email(String address) {
        return add("Email", "Regular", address, address);
    }

    ScreenCase ipv4(String address) {
        return add("IPA", "IPV4", address, address);
    }

    ScreenCase ipv6(String address) {
        return add("IPA", "IPV6", address, address);
    }

    ScreenCase phone(String countryCode, String number) {
        return add("Phone", countryCode, number, number);
    }

    ScreenCase address(String address) {
        return add("Address", null, address, address);
    }

    ScreenCase ssn(String number) {
        return add("SSN", null, number, number);
    }

    /** Pins the last finding to the index the contract documents (and checks the table agrees with indexOf). */
    ScreenCase at(int documentedIndex) {
        Finding last = expected.get(expected.size() - 1);
        if (last.index() != documentedIndex) {
            throw new IllegalStateException(name + ": " + last + " but the contract says @" + documentedIndex);
        }
        return this;
    }

    private ScreenCase add(String kind, String detail, String value, String surface) {
        int from = lastFound.getOrDefault(surface, -1) + 1;
        int index = text.indexOf(surface, from);
        if (index < 0) {
            throw new IllegalStateException(name + ": '" + surface + "' is not in the text");
        }
        lastFound.put(surface, index);
        expected.add(new Finding(kind, detail, value, index));
        return this;
    }

    List<Finding> expectedSorted() {
        return expected.stream().sorted(ORDER).toList();
    }

    /** Every term and PII item of {@code screen}, in the same flattened shape. */
    static List<Finding> findings(Screen screen) {
        List<Finding> found = new ArrayList<>();
        if (screen.terms() != null) {
            for (DetectedTerm t : screen.terms()) {
                found.add(new Finding("Term", "ListId " + t.listId(), t.term(), t.originalIndex()));
            }
        }
        Pii pii = screen.pii();
        if (pii != null) {
            pii.email().forEach(e -> found.add(new Finding("Email", e.subType(), e.text(), e.index())));
            pii.ipa().forEach(i -> found.add(new Finding("IPA", i.subType(), i.text(), i.index())));
            pii.phone().forEach(p -> found.add(new Finding("Phone", p.countryCode(), p.text(), p.index())));
            pii.address().forEach(a -> found.add(new Finding("Address", null, a.text(), a.index())));
            pii.ssn().forEach(s -> found.add(new Finding("SSN", null, s.text(), s.index())));
        }
        found.sort(ORDER);
        return found;
    }

    @Override
    public String toString() {
        return name;
    }
}
