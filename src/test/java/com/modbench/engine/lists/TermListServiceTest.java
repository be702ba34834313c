package com.modbench.engine.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import com.modbench.api.NewTerm;
import com.modbench.api.TermBatchResult;
import com.modbench.api.TermListLanguage;
import com.modbench.model.lists.ListBody;
import com.modbench.model.lists.RefreshIndex;
import com.modbench.model.lists.TermList;
import com.modbench.model.lists.Terms;
import com.modbench.store.Database;
import com.modbench.store.lists.SqliteTermListRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TermListServiceTest {

    @TempDir
    Path dir;
    Database database;
    TermListService lists;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("modbench.db"));
        lists = service(TermListLimits.DEFAULT);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private TermListService service(TermListLimits limits) {
        return new TermListService(new SqliteTermListRepository(database), limits);
    }

    @Test
    void creates_gets_updates_lists_and_deletes_a_list() {
        TermList created = lists.create(new ListBody("Racy", "racy terms", Map.of("TaggedAs", "Racy")));
        assertTrue(created.id() > 0);
        assertEquals(created, lists.get(created.id()));

        TermList renamed = lists.update(created.id(), new ListBody("Racy v2", null, null));
        assertEquals(new TermList(created.id(), "Racy v2", "racy terms", Map.of("TaggedAs", "Racy")), renamed);
        TermList cleared = lists.update(created.id(), new ListBody(null, "", Map.of()));
        assertEquals("", cleared.description());
        assertEquals(Map.of(), cleared.metadata());

        TermList other = lists.create(null);
        assertEquals(List.of(cleared, other), lists.list());

        lists.delete(created.id());
        assertEquals(List.of(other), lists.list());
        assertNotFound(() -> lists.get(created.id()));
        assertNotFound(() -> lists.delete(created.id()));
    }

    @Test
    void unknown_list_ids_are_not_found_in_every_operation() {
        int missing = 4242;
        for (Executable call : List.<Executable>of(
                () -> lists.get(missing),
                () -> lists.update(missing, new ListBody("x", null, null)),
                () -> lists.delete(missing),
                () -> lists.addTerm(missing, "word", "eng"),
                () -> lists.deleteTerm(missing, "word", "eng"),
                () -> lists.getAllTerms(missing, "eng", null, null),
                () -> lists.deleteAllTerms(missing, "eng"),
                () -> lists.refreshIndex(missing, "eng"),
                () -> lists.addTerms(missing, List.of(new NewTerm("word", "eng"))),
                () -> lists.deleteTerms(missing, "eng", List.of("word")),
                () -> lists.languages(missing),
                () -> lists.indexFor(missing, null))) {
            ModeratorException e = assertThrows(ModeratorException.class, call);
            assertEquals(ErrorCode.NOT_FOUND.wireCode(), e.code());
            assertEquals("Term list 4242 does not exist.", e.getMessage());
        }
    }

    @Test
    void the_sixth_list_is_refused_and_the_limit_is_configurable() {
        for (int i = 0; i < 5; i++) {
            lists.create(new ListBody("list " + i, null, null));
        }
        ModeratorException e = assertThrows(ModeratorException.class, () -> lists.create(null));
        assertEquals(ErrorCode.LIMIT_EXCEEDED.wireCode(), e.code());
        assertEquals(5, lists.list().size());

        TermListService roomier = service(TermListLimits.DEFAULT.withMaxLists(6));
        roomier.create(null);
        assertEquals(6, lists.list().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   \t ", "\u00a0\u2003", "!!!", "?!.,;", "***", "-- --", "bad\nword",
            "tab\tbed"})
    void empty_blank_punctuation_only_and_control_character_terms_are_invalid(String term) {
        int id = lists.create(null).id();
        ModeratorException e = assertThrows(ModeratorException.class, () -> lists.addTerm(id, term, "eng"));
        assertEquals(ErrorCode.INVALID_ARGUMENT.wireCode(), e.code());
        assertEquals(400, e.httpStatus());
        assertEquals(0, lists.getAllTerms(id, "eng", null, null).paging().total());
    }

    @Test
    void messages_say_what_is_wrong_with_a_term() {
        int id = lists.create(null).id();
        assertEquals("The term is empty.", invalid(() -> lists.addTerm(id, "", "eng")));
        assertEquals("The term is only white space.", invalid(() -> lists.addTerm(id, "  ", "eng")));
        assertEquals("The term '?!' has no letters or digits (punctuation only).",
                invalid(() -> lists.addTerm(id, " ?! ", "eng")));
        assertEquals("The term is 201 characters long; at most 200 are allowed.",
                invalid(() -> lists.addTerm(id, "x".repeat(201), "eng")));
        assertEquals("'english' is not an ISO 639-3 language code such as 'eng'.",
                invalid(() -> lists.addTerm(id, "word", "english")));
        assertEquals("The language is missing; give an ISO 639-3 code such as 'eng'.",
                invalid(() -> lists.addTerm(id, "word", null)));
    }

    @Test
    void terms_are_stored_as_entered_and_compared_after_normalisation() {
        int id = lists.create(null).id();
        lists.addTerm(id, "Bad  Word", "ENG");
        ModeratorException dup = assertThrows(ModeratorException.class,
                () -> lists.addTerm(id, " bad\u00a0WORD ", "eng"));
        assertEquals(ErrorCode.CONFLICT.wireCode(), dup.code());
        assertEquals("The term 'bad\u00a0WORD' is already in list " + id + " (eng).", dup.getMessage());

        lists.addTerm(id, "bad word", "deu");
        assertEquals(List.of(new Terms.Term("Bad  Word")), lists.getAllTerms(id, "eng", null, null).data().terms());

        lists.deleteTerm(id, "BAD WORD", "eng");
        assertEquals(0, lists.getAllTerms(id, "eng", null, null).paging().total());
        ModeratorException gone = assertThrows(ModeratorException.class, () -> lists.deleteTerm(id, "bad word", "eng"));
        assertEquals(ErrorCode.NOT_FOUND.wireCode(), gone.code());
        assertEquals(1, lists.getAllTerms(id, "deu", null, null).paging().total());
    }

    @Test
    void get_all_terms_pages_in_the_order_terms_were_added() {
        int id = lists.create(null).id();
        List<String> added = List.of("delta", "alpha", "charlie", "bravo", "echo");
        added.forEach(t -> lists.addTerm(id, t, "eng"));

        Terms all = lists.getAllTerms(id, "eng", null, null);
        assertEquals(added, all.data().terms().stream().map(Terms.Term::term).toList());
        assertEquals(new Terms.Paging(5, 5, 0, 5), all.paging());
        assertEquals("eng", all.data().language());
        assertEquals(3000, all.data().status().code());

        Terms page = lists.getAllTerms(id, "eng", 1, 2);
        assertEquals(List.of("alpha", "charlie"), page.data().terms().stream().map(Terms.Term::term).toList());
        assertEquals(new Terms.Paging(5, 2, 1, 2), page.paging());
        assertEquals(new Terms.Paging(5, 50, 4, 1), lists.getAllTerms(id, "eng", 4, 50).paging());
        assertEquals(new Terms.Paging(5, 10, 9, 0), lists.getAllTerms(id, "eng", 9, 10).paging());
        assertEquals(new Terms.Paging(0, 0, 0, 0), lists.getAllTerms(id, "fra", null, null).paging());
        assertEquals(ErrorCode.INVALID_ARGUMENT.wireCode(),
                assertThrows(ModeratorException.class, () -> lists.getAllTerms(id, "eng", -1, null)).code());
        assertEquals(ErrorCode.INVALID_ARGUMENT.wireCode(),
                assertThrows(ModeratorException.class, () -> lists.getAllTerms(id, "eng", 0, -5)).code());
    }

    @Test
    void the_10001st_term_is_refused_and_the_list_keeps_its_10000() {
        int id = lists.create(null).id();
        List<NewTerm> terms = IntStream.range(0, 10_000).mapToObj(i -> new NewTerm("term" + i, "eng")).toList();
        assertEquals(10_000, lists.addTerms(id, terms).added());

        ModeratorException e = assertThrows(ModeratorException.class, () -> lists.addTerm(id, "one more", "deu"));
        assertEquals(ErrorCode.LIMIT_EXCEEDED.wireCode(), e.code());
        assertEquals("List " + id + " already has 10000 terms, the most allowed; delete some before adding more.",
                e.getMessage());
        assertEquals(10_000, lists.getAllTerms(id, "eng", null, null).paging().total());
        assertEquals(0, lists.getAllTerms(id, "deu", null, null).paging().total());
    }

    @Test
    void a_batch_skips_bad_and_repeated_terms_with_reasons_and_adds_the_rest() {
        int id = lists.create(null).id();
        lists.addTerm(id, "old", "eng");
        TermBatchResult result = lists.addTerms(id, List.of(new NewTerm("new", "eng"), new NewTerm("  ", "eng"),
                new NewTerm("NEW", "eng"), new NewTerm("Old", "eng"), new NewTerm("new", "deu"),
                new NewTerm("word", "xx"), new NewTerm("...", "eng")));
        assertEquals(2, result.added());
        assertEquals(List.of(
                new TermBatchResult.Skipped(1, "  ", "eng", "The term is only white space."),
                new TermBatchResult.Skipped(2, "NEW", "eng", "Same as term 1 ('new') after normalisation."),
                new TermBatchResult.Skipped(3, "Old", "eng", "Already in the list."),
                new TermBatchResult.Skipped(5, "word", "xx", "'xx' is not an ISO 639-3 language code such as 'eng'."),
                new TermBatchResult.Skipped(6, "...", "eng",
                        "The term '...' has no letters or digits (punctuation only).")),
                result.skipped());
        assertEquals(List.of("old", "new"), terms(id, "eng"));
        assertEquals(List.of("new"), terms(id, "deu"));
    }

    @Test
    void a_batch_that_would_pass_the_limit_adds_nothing() {
        TermListService small = service(TermListLimits.DEFAULT.withMaxTermsPerList(10));
        int id = small.create(null).id();
        small.addTerms(id, words(0, 6));
        ModeratorException e = assertThrows(ModeratorException.class, () -> small.addTerms(id, words(6, 11)));
        assertEquals(ErrorCode.LIMIT_EXCEEDED.wireCode(), e.code());
        assertTrue(e.getMessage().endsWith("Nothing was added."), e.getMessage());
        assertEquals(6, small.getAllTerms(id, "eng", null, null).paging().total());
        assertEquals(4, small.addTerms(id, words(6, 10)).added());
    }

    @Test
    void languages_report_counts_and_whether_the_index_is_current() {
        int id = lists.create(null).id();
        assertEquals(List.of(), lists.languages(id));
        lists.addTerm(id, "one", "eng");
        lists.addTerm(id, "eins", "deu");
        List<TermListLanguage> before = lists.languages(id);
        assertEquals(List.of("deu", "eng"), before.stream().map(TermListLanguage::language).toList());
        assertFalse(before.get(1).indexUpToDate());
        assertNull(before.get(1).refreshedAt());

        RefreshIndex refresh = lists.refreshIndex(id, "eng");
        assertEquals(String.valueOf(id), refresh.contentSourceId());
        assertTrue(refresh.isUpdateSuccess());
        assertEquals(List.of(), refresh.advancedInfo());
        assertEquals("RefreshIndex successfully completed.", refresh.status().description());
        assertEquals(3000, refresh.status().code());

        TermListLanguage eng = lists.languages(id).get(1);
        assertTrue(eng.indexUpToDate());
        assertEquals(1, eng.indexedTerms());
        assertTrue(eng.refreshedAt() != null);
        assertFalse(lists.languages(id).get(0).indexUpToDate());

        lists.addTerm(id, "two", "eng");
        eng = lists.languages(id).get(1);
        assertFalse(eng.indexUpToDate());
        assertEquals(2, eng.terms());
        assertEquals(1, eng.indexedTerms());

        lists.deleteAllTerms(id, "deu");
        assertEquals(List.of("eng"), lists.languages(id).stream().map(TermListLanguage::language).toList());
    }

    @Test
    void delete_selected_removes_those_present_in_one_step() {
        int id = lists.create(null).id();
        lists.addTerms(id, words(0, 5));
        assertEquals(2, lists.deleteTerms(id, "eng", List.of("WORD1", "word3", "missing")));
        assertEquals(List.of("word0", "word2", "word4"), terms(id, "eng"));
    }

    @Test
    void list_fields_past_their_limits_are_invalid() {
        assertEquals(ErrorCode.INVALID_ARGUMENT.wireCode(), assertThrows(ModeratorException.class,
                () -> lists.create(new ListBody("n".repeat(201), null, null))).code());
        Map<String, String> nullValue = new java.util.HashMap<>();
        nullValue.put("k", null);
        assertEquals(ErrorCode.INVALID_ARGUMENT.wireCode(), assertThrows(ModeratorException.class,
                () -> lists.create(new ListBody(null, null, nullValue))).code());
        assertEquals(List.of(), lists.list());
    }

    private List<String> terms(int id, String language) {
        return lists.getAllTerms(id, language, null, null).data().terms().stream().map(Terms.Term::term).toList();
    }

    private static List<NewTerm> words(int from, int to) {
        List<NewTerm> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(new NewTerm("word" + i, "eng"));
        }
        return out;
    }

    private static String invalid(Executable call) {
        ModeratorException e = assertThrows(ModeratorException.class, call);
        assertEquals(ErrorCode.INVALID_ARGUMENT.wireCode(), e.code());
        return e.getMessage();
    }

    private static void assertNotFound(Executable call) {
        assertEquals(ErrorCode.NOT_FOUND.wireCode(), assertThrows(ModeratorException.class, call).code());
    }
}
