package com.modbench.engine.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.NewTerm;
import com.modbench.engine.text.normalize.CaseFoldNormalizer;
import com.modbench.engine.text.terms.TermEntry;
import com.modbench.engine.text.terms.TermIndexes;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TermListLinterTest {

    private final TermListLinter linter = new TermListLinter(new CaseFoldNormalizer(),
            language -> TermIndexes.compile(List.of(TermEntry.custom("crap", 0))), CommonWords.english());

    @Test
    void finds_duplicates_short_terms_lexicon_overlaps_and_terms_inside_common_words() {
        List<LintFinding> findings = linter.lint(List.of(term("Zorblax"), term("ZORBLAX"), term("zorblax-tm"),
                term("zorblaxtm"), term("ok"), term("Crap"), term("ass"), term("wombatfizz")));
        Map<String, List<LintFinding.Kind>> kinds = findings.stream().collect(Collectors.groupingBy(
                LintFinding::term, Collectors.mapping(LintFinding::kind, Collectors.toList())));

        assertEquals(List.of(LintFinding.Kind.DUPLICATE), kinds.get("ZORBLAX"));
        assertEquals(null, kinds.get("Zorblax"));
        assertEquals(List.of(LintFinding.Kind.DUPLICATE), kinds.get("zorblaxtm"),
                "'zorblax-tm' and 'zorblaxtm' match the same text");
        assertEquals(List.of(LintFinding.Kind.TOO_SHORT, LintFinding.Kind.OVER_MATCH), kinds.get("ok"));
        assertEquals(List.of(LintFinding.Kind.OVER_MATCH, LintFinding.Kind.IN_LEXICON), kinds.get("Crap"),
                "inside scrap, and in the lexicon");
        assertEquals(List.of(LintFinding.Kind.OVER_MATCH, LintFinding.Kind.OVER_MATCH), kinds.get("ass"),
                "whole-word hits on the plural 'asses', and inside words like 'assembly'");
        assertEquals(null, kinds.get("wombatfizz"));

        LintFinding ass = findings.stream().filter(f -> f.term().equals("ass") && f.message().startsWith("Occurs"))
                .findFirst().orElseThrow();
        assertTrue(ass.message().startsWith("Occurs inside ") && ass.message().contains("assembly"), ass.message());
        LintFinding dup = findings.stream().filter(f -> f.term().equals("ZORBLAX")).findFirst().orElseThrow();
        assertEquals("Same as 'Zorblax' after normalisation.", dup.message());
    }

    @Test
    void terms_are_linted_per_language() {
        assertEquals(List.of(), linter.lint(List.of(new NewTerm("zorblax", "eng"), new NewTerm("Zorblax", "deu")))
                .stream().filter(f -> f.kind() == LintFinding.Kind.DUPLICATE).toList());
    }

    @Test
    void ten_thousand_terms_lint_in_a_few_seconds() {
        List<NewTerm> terms = java.util.stream.IntStream.range(0, 10_000)
                .mapToObj(i -> term("term" + Integer.toString(i, 36))).toList();
        long start = System.nanoTime();
        linter.lint(terms);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 20_000, "linting 10,000 terms took " + millis + " ms");
    }

    private static NewTerm term(String term) {
        return new NewTerm(term, "eng");
    }
}
