package com.modbench.engine.text.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexiconsTest {

    @Test
    void shipsEnglishAndAtLeastTwentyFiveOtherLanguagesEachWithProvenance() {
        Set<String> languages = Lexicons.languages();
        assertTrue(languages.contains("eng"));
        long others = languages.stream().filter(l -> !l.equals("eng") && Lexicons.load(l).size() >= 20).count();
        assertTrue(others >= 25, "languages with ≥ 20 terms: " + others);
        for (String language : languages) {
            assertNotNull(Lexicons.class.getResource("/lexicon/" + language + ".provenance.md"), language);
            assertFalse(Lexicons.load(language).isEmpty(), language);
        }
        assertNotNull(Lexicons.class.getResource("/lexicon/THIRD-PARTY.md"));
    }

    /** {@link BuiltInTerms} returns a compiled index for a lexicon code without resolving it again. */
    @Test
    void everyLexiconCodeResolvesToItself() {
        for (String language : Lexicons.languages()) {
            assertEquals(language, Lexicons.lexiconFor(language));
        }
        BuiltInTerms builtIn = new BuiltInTerms();
        assertSame(builtIn.apply("eng"), builtIn.apply("en"));
        assertSame(builtIn.apply("deu"), builtIn.apply(" DE "));
        assertSame(builtIn.apply("eng"), builtIn.apply(null));
        assertSame(builtIn.apply("eng"), builtIn.apply("xx"));
    }

    @Test
    void englishTermsCarryEveryCategoryAndSeverity() {
        List<TermEntry> english = Lexicons.load("eng");
        Set<TermCategory> categories = english.stream().map(TermEntry::category)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TermCategory.class)));
        assertEquals(EnumSet.allOf(TermCategory.class), categories);
        assertTrue(english.stream().allMatch(e -> e.severity() >= 1 && e.severity() <= 3 && e.listId() == 0));
        assertEquals(TermCategory.SLUR, category(english, "nigger"));
        assertEquals(TermCategory.SEXUAL, category(english, "blowjob"));
        assertEquals(TermCategory.OFFENSIVE, category(english, "bullshit"));
        assertEquals(TermCategory.SUGGESTIVE, category(english, "boobs"));
    }

    @Test
    void topicWordsAreKeptApartFromTerms() {
        assertTrue(Lexicons.topics("eng").stream().anyMatch(e -> e.term().equals("intercourse")));
        assertTrue(Lexicons.load("eng").stream().noneMatch(e -> e.term().equals("intercourse")));
        assertEquals(List.of(), Lexicons.topics("zzz"));
    }

    @Test
    void resolvesLanguageCodes() {
        assertEquals("deu", Lexicons.lexiconFor("deu"));
        assertEquals("deu", Lexicons.lexiconFor("DE"));
        assertEquals("zho", Lexicons.lexiconFor("cmn"));
        assertEquals("fas", Lexicons.lexiconFor("pes"));
        assertNull(Lexicons.lexiconFor("und"));
        assertNull(Lexicons.lexiconFor(null));
        assertEquals(List.of(), Lexicons.load("und"));
    }

    private static TermCategory category(List<TermEntry> entries, String term) {
        return entries.stream().filter(e -> e.term().equals(term)).findFirst().orElseThrow().category();
    }
}
