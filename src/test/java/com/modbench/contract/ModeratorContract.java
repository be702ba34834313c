package com.modbench.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.Moderator;
import com.modbench.api.ModeratorException;
import com.modbench.api.NewTerm;
import com.modbench.api.ScreenOptions;
import com.modbench.api.TermBatchResult;
import com.modbench.api.TermListLanguage;
import com.modbench.model.lists.ListBody;
import com.modbench.model.lists.RefreshIndex;
import com.modbench.model.lists.TermList;
import com.modbench.model.lists.Terms;
import com.modbench.model.text.DetectedTerm;
import com.modbench.model.text.Screen;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The behaviour every {@link Moderator} must show, whether it is the embedded engine or a remote endpoint: the
 * subclasses run these same assertions against {@code EmbeddedModerator} and against {@code RemoteModerator} talking
 * to the server on 127.0.0.1.
 */
public abstract class ModeratorContract implements ImageModeratorContract {

    protected static final String SAMPLE =
            "Is this a crap email abcdef@abcd.com, phone: 6657789887, IP: 255.255.255.255, 1 Microsoft Way, Redmond, WA 98052";

    @Override
    public abstract Moderator moderator();

    @AfterEach
    void deleteAllLists() {
        for (TermList list : moderator().termLists().list()) {
            moderator().termLists().delete(list.id());
        }
    }

    @Test
    void screenFindsTermsPersonalDataAndScores() {
        Screen screen = moderator().text().screen(SAMPLE, ScreenOptions.all().withLanguage("eng"));

        assertEquals(SAMPLE, screen.originalText());
        assertEquals("eng", screen.language());
        assertEquals(3000, screen.status().code());
        DetectedTerm crap = screen.terms().get(0);
        assertEquals("crap", crap.term());
        assertEquals(10, crap.originalIndex());
        assertEquals(0, crap.listId());
        assertEquals("abcdef@abcd.com", screen.pii().email().get(0).text());
        assertEquals(21, screen.pii().email().get(0).index());
        assertEquals("255.255.255.255", screen.pii().ipa().get(0).text());
        assertNotNull(screen.classification().category3());
        assertNotNull(screen.autoCorrectedText());
        assertFalse(screen.trackingId().isBlank());
    }

    @Test
    void extendedPiiAddsCardsAndIbansOnlyWhenAskedFor() {
        String text = "Card 4111 1111 1111 1111, IBAN GB82WEST12345698765432.";

        Screen extended = moderator().text().screen(text,
                ScreenOptions.DEFAULT.withPii(true).withExtendedPii(true).withStrictPii(true));
        Screen stock = moderator().text().screen(text, ScreenOptions.DEFAULT.withPii(true));

        assertEquals("4111 1111 1111 1111", extended.pii().creditCard().get(0).text());
        assertEquals("GB", extended.pii().iban().get(0).countryCode());
        assertNull(stock.pii().creditCard());
        assertNull(stock.pii().iban());
    }

    @Test
    void screenLeavesOutWhatWasNotAskedFor() {
        Screen screen = moderator().text().screen("A calm and friendly note.", ScreenOptions.DEFAULT);

        assertNull(screen.pii());
        assertNull(screen.classification());
        assertNull(screen.autoCorrectedText());
        assertNull(screen.terms());
    }

    @Test
    void screenKeepsNonAsciiTextIntact() {
        String text = "Crème brûlée — ça coûte 5 € 🍮";

        assertEquals(text, moderator().text().screen(text, ScreenOptions.DEFAULT).originalText());
    }

    @Test
    void detectLanguageNamesEnglish() {
        assertEquals("eng", moderator().text()
                .detectLanguage("The weather is lovely today and we are going for a walk in the park.")
                .detectedLanguage());
    }

    @Test
    void emptyTextIsEmptyContent() {
        assertError(400, "EmptyContent", () -> moderator().text().screen("", ScreenOptions.DEFAULT));
    }

    @Test
    void textOver1024CharactersIsTextTooLong() {
        assertError(400, "TextTooLong", () -> moderator().text().detectLanguage("x".repeat(1025)));
    }

    @Test
    void listsAreCreatedReadUpdatedAndDeleted() {
        TermList created = moderator().termLists().create(
                new ListBody("Racy", "List of racy terms.", Map.of("TaggedAs", "Racy")));

        assertEquals("Racy", created.name());
        assertEquals(Map.of("TaggedAs", "Racy"), created.metadata());
        assertEquals(created, moderator().termLists().get(created.id()));
        assertTrue(moderator().termLists().list().contains(created));

        TermList updated = moderator().termLists().update(created.id(), new ListBody("Racy v2", null, null));
        assertEquals("Racy v2", updated.name());
        assertEquals("List of racy terms.", updated.description());

        moderator().termLists().delete(created.id());
        assertError(404, "NotFound", () -> moderator().termLists().get(created.id()));
    }

    @Test
    void unknownListIsNotFound() {
        assertError(404, "NotFound", () -> moderator().termLists().get(987654));
        assertError(404, "NotFound", () -> moderator().termLists().addTerm(987654, "word", "eng"));
        assertError(404, "NotFound", () -> moderator().termLists().delete(987654));
    }

    @Test
    void termsAreAddedListedPagedAndDeleted() {
        int id = moderator().termLists().create(new ListBody("Terms", null, null)).id();
        for (String term : List.of("testA", "testB", "bad word", "a/b?c", "ünïcödé")) {
            moderator().termLists().addTerm(id, term, "eng");
        }

        Terms all = moderator().termLists().getAllTerms(id, "eng", null, null);
        assertEquals(List.of("testA", "testB", "bad word", "a/b?c", "ünïcödé"),
                all.data().terms().stream().map(Terms.Term::term).toList());
        assertEquals(5, all.paging().total());

        Terms page = moderator().termLists().getAllTerms(id, "eng", 1, 2);
        assertEquals(List.of("testB", "bad word"), page.data().terms().stream().map(Terms.Term::term).toList());
        assertEquals(new Terms.Paging(5, 2, 1, 2), page.paging());

        moderator().termLists().deleteTerm(id, "bad word", "eng");
        moderator().termLists().deleteTerm(id, "a/b?c", "eng");
        assertEquals(3, moderator().termLists().getAllTerms(id, "eng", null, null).paging().total());
        assertError(404, "NotFound", () -> moderator().termLists().deleteTerm(id, "bad word", "eng"));

        moderator().termLists().deleteAllTerms(id, "eng");
        assertEquals(0, moderator().termLists().getAllTerms(id, "eng", null, null).paging().total());
    }

    @Test
    void aTermAlreadyInTheListIsAConflict() {
        int id = moderator().termLists().create(new ListBody("Dupes", null, null)).id();
        moderator().termLists().addTerm(id, "Bad Word", "eng");

        assertError(409, "Conflict", () -> moderator().termLists().addTerm(id, "bad  word", "eng"));
    }

    @Test
    void invalidTermsAndLanguagesAreInvalidArguments() {
        int id = moderator().termLists().create(new ListBody("Invalid", null, null)).id();

        assertError(400, "InvalidArgument", () -> moderator().termLists().addTerm(id, "!!!", "eng"));
        assertError(400, "InvalidArgument", () -> moderator().termLists().addTerm(id, "fine", "english"));
        assertError(400, "InvalidArgument", () -> moderator().termLists().getAllTerms(id, null, null, null));
    }

    @Test
    void refreshedCustomTermsAreFoundByScreen() {
        int id = moderator().termLists().create(new ListBody("Custom", null, null)).id();
        moderator().termLists().addTerm(id, "flibbertigibbet", "eng");
        ScreenOptions withList = ScreenOptions.DEFAULT.withLanguage("eng").withListId(id);
        String text = "What a flibbertigibbet you are.";

        RefreshIndex refreshed = moderator().termLists().refreshIndex(id, "eng");
        assertEquals(String.valueOf(id), refreshed.contentSourceId());
        assertTrue(refreshed.isUpdateSuccess());
        assertEquals("RefreshIndex successfully completed.", refreshed.status().description());

        DetectedTerm found = moderator().text().screen(text, withList).terms().get(0);
        assertEquals(new DetectedTerm(7, 7, id, "flibbertigibbet"), found);
    }

    @Test
    void batchAddIsAllOrNothingAndReportsSkippedTerms() {
        int id = moderator().termLists().create(new ListBody("Batch", null, null)).id();
        moderator().termLists().addTerm(id, "one", "eng");

        TermBatchResult result = moderator().termLists().addTerms(id, List.of(new NewTerm("one", "eng"),
                new NewTerm("two", "eng"), new NewTerm("three", "eng"), new NewTerm("???", "eng")));

        assertEquals(2, result.added());
        assertEquals(List.of(0, 3), result.skipped().stream().map(TermBatchResult.Skipped::position).toList());
        assertEquals(2, moderator().termLists().deleteTerms(id, "eng", List.of("two", "THREE", "absent")));
    }

    @Test
    void languagesReportTermCountsAndIndexState() {
        int id = moderator().termLists().create(new ListBody("Languages", null, null)).id();
        moderator().termLists().addTerm(id, "hello", "eng");
        moderator().termLists().addTerm(id, "bonjour", "fra");
        moderator().termLists().refreshIndex(id, "eng");

        List<TermListLanguage> languages = moderator().termLists().languages(id);

        TermListLanguage eng = languages.stream().filter(l -> l.language().equals("eng")).findFirst().orElseThrow();
        TermListLanguage fra = languages.stream().filter(l -> l.language().equals("fra")).findFirst().orElseThrow();
        assertEquals(1, eng.terms());
        assertTrue(eng.indexUpToDate());
        assertNotNull(eng.refreshedAt());
        assertFalse(fra.indexUpToDate());
    }

    protected static void assertError(int status, String code, Executable call) {
        ModeratorException e = assertThrows(ModeratorException.class, call);
        assertEquals(status, e.httpStatus(), e.getMessage());
        assertEquals(code, e.code(), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
