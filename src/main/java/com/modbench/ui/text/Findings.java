package com.modbench.ui.text;

import com.modbench.model.text.DetectedTerm;
import com.modbench.model.text.Pii;
import com.modbench.model.text.Screen;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns a {@link Screen} result into findings placed in the original or the normalised text. */
public final class Findings {

    private Findings() {
    }

    /** Terms at their {@code OriginalIndex} and PII at its {@code Index}, both in {@code OriginalText}. */
    public static List<Finding> inOriginal(Screen screen) {
        String original = screen.originalText() == null ? "" : screen.originalText();
        List<Finding> findings = new ArrayList<>();
        for (DetectedTerm term : terms(screen)) {
            int start = clamp(term.originalIndex(), original.length());
            int end = OriginalSpans.termEnd(original, start, term.term());
            findings.add(termFinding(term, term.originalIndex(), start, end));
        }
        Pii pii = screen.pii();
        if (pii != null) {
            each(pii.email(), e -> findings.add(pii(FindingKind.EMAIL, e.text(), e.index(), original, e.subType())));
            each(pii.phone(), p -> findings.add(pii(FindingKind.PHONE, p.text(), p.index(), original, p.countryCode())));
            each(pii.ipa(), ip -> findings.add(pii(FindingKind.IP, ip.text(), ip.index(), original, ip.subType())));
            each(pii.address(), a -> findings.add(pii(FindingKind.ADDRESS, a.text(), a.index(), original, null)));
            each(pii.ssn(), s -> findings.add(pii(FindingKind.SSN, s.text(), s.index(), original, null)));
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::kind));
        return findings;
    }

    /** Terms at their {@code Index} in {@code NormalizedText}; PII is reported against the original only. */
    public static List<Finding> inNormalized(Screen screen) {
        String normalized = screen.normalizedText() == null ? "" : screen.normalizedText();
        List<Finding> findings = new ArrayList<>();
        for (DetectedTerm term : terms(screen)) {
            int start = clamp(term.index(), normalized.length());
            int end = clamp(start + term.term().length(), normalized.length());
            findings.add(termFinding(term, term.index(), start, end));
        }
        return findings;
    }

    private static Finding termFinding(DetectedTerm term, int reportedIndex, int start, int end) {
        boolean custom = term.listId() != 0;
        return new Finding(custom ? FindingKind.CUSTOM_TERM : FindingKind.TERM, term.term(), reportedIndex, start, end,
                custom ? "list " + term.listId() : "built-in");
    }

    private static Finding pii(FindingKind kind, String text, int index, String original, String detail) {
        int start = clamp(index, original.length());
        return new Finding(kind, text, index, start, clamp(start + text.length(), original.length()), detail);
    }

    private static List<DetectedTerm> terms(Screen screen) {
        return screen.terms() == null ? List.of() : screen.terms();
    }

    private static <T> void each(List<T> items, java.util.function.Consumer<T> action) {
        if (items != null) {
            items.forEach(action);
        }
    }

    private static int clamp(int value, int length) {
        return Math.max(0, Math.min(value, length));
    }
}
