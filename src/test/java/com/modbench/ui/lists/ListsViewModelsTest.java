package com.modbench.ui.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.NewTerm;
import com.modbench.engine.lists.TermListLimits;
import com.modbench.engine.lists.TermListService;
import com.modbench.model.lists.ListBody;
import com.modbench.store.Database;
import com.modbench.store.lists.SqliteTermListRepository;
import com.modbench.ui.common.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lists tab's view-models over a real store, with background work run synchronously (no toolkit needed). */
class ListsViewModelsTest {

    @TempDir
    Path dir;
    Database database;
    TermListService api;
    ListsStatus status;
    ListsViewModel lists;
    TermsViewModel terms;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("modbench.db"));
        api = new TermListService(new SqliteTermListRepository(database), TermListLimits.DEFAULT);
        status = new ListsStatus();
        lists = new ListsViewModel(() -> api, TaskRunner.SYNCHRONOUS, status);
        terms = new TermsViewModel(() -> api, TaskRunner.SYNCHRONOUS, status, lists::reload);
        lists.selectedProperty().addListener((obs, old, row) -> terms.listIdProperty().set(row == null ? null
                : row.id()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void creating_names_lists_uniquely_and_selects_the_new_one() {
        lists.createList();
        lists.createList();
        assertEquals(List.of("New list", "New list 2"), lists.rows().stream().map(r -> r.list().name()).toList());
        assertEquals("New list 2", lists.selectedProperty().get().list().name());
        assertEquals("New list 2", lists.nameProperty().get());
    }

    @Test
    void saving_details_sends_only_what_changed_so_another_windows_edit_survives() {
        lists.createList();
        int id = lists.selectedProperty().get().id();
        api.update(id, new ListBody(null, "set in another window", null));
        lists.nameProperty().set("Brands");
        lists.metadataProperty().set("Owner = trust team\n\nTaggedAs=Racy");
        lists.saveDetails();
        assertEquals(new com.modbench.model.lists.TermList(id, "Brands", "set in another window",
                Map.of("Owner", "trust team", "TaggedAs", "Racy")), api.get(id));
        assertFalse(status.errorProperty().get(), status.messageProperty().get());

        lists.metadataProperty().set("no equals sign");
        lists.saveDetails();
        assertTrue(status.errorProperty().get());
        assertEquals("Metadata line 1 needs the form key = value.", status.messageProperty().get());
    }

    @Test
    void deleting_a_list_can_be_undone_with_its_terms_and_refreshed_indexes() {
        lists.createList();
        int id = lists.selectedProperty().get().id();
        api.addTerms(id, List.of(new NewTerm("alpha", "eng"), new NewTerm("beta", "eng"), new NewTerm("eins", "deu")));
        api.refreshIndex(id, "eng");
        lists.reload();

        lists.deleteSelected();
        assertTrue(lists.rows().isEmpty());
        assertEquals("Deleted 'New list (#" + id + ")' with 3 terms.", status.messageProperty().get());
        assertNotNull(status.undoProperty().get());

        status.undo();
        ListRow restored = lists.selectedProperty().get();
        assertEquals("New list", restored.list().name());
        assertEquals(3, restored.terms());
        assertEquals(List.of("deu"), restored.outOfDate(), "eng was refreshed before, so it is again");
        assertNull(status.undoProperty().get());
        assertTrue(status.messageProperty().get().startsWith("Restored 'New list' as list #"));
    }

    @Test
    void terms_are_added_filtered_deleted_with_undo_and_the_index_state_follows() {
        lists.createList();
        assertEquals("No terms in this language yet.", terms.indexStateProperty().get());
        terms.newTermProperty().set("Zorblax");
        terms.addTerm();
        terms.pastedProperty().set("quux\n\nzorblax\n!!!\nfoo bar\n");
        terms.addPasted();
        assertEquals(List.of("Zorblax", "quux", "foo bar"), List.copyOf(terms.visibleTerms()));
        assertEquals(List.of("Line 2 'zorblax': Already in the list.",
                "Line 3 '!!!': The term '!!!' has no letters or digits (punctuation only)."), List.copyOf(terms.report()));
        assertTrue(terms.indexOutOfDateProperty().get());
        assertTrue(terms.indexStateProperty().get().startsWith("Index out of date: never refreshed"));
        assertEquals(List.of("eng"), lists.selectedProperty().get().outOfDate());

        terms.refreshIndex();
        assertFalse(terms.indexOutOfDateProperty().get());
        assertTrue(terms.indexStateProperty().get().startsWith("Index up to date"));
        assertEquals(List.of(), lists.selectedProperty().get().outOfDate());

        terms.filterProperty().set("UX");
        assertEquals(List.of("quux"), List.copyOf(terms.visibleTerms()));
        assertEquals("1 of 3 terms", terms.countProperty().get());
        terms.filterProperty().set("");

        terms.deleteTerms(List.of("quux", "foo bar"));
        assertEquals(List.of("Zorblax"), List.copyOf(terms.visibleTerms()));
        assertTrue(terms.indexStateProperty().get().startsWith("Index out of date: screening uses the 3 terms"));
        status.undo();
        assertEquals(List.of("Zorblax", "quux", "foo bar"), List.copyOf(terms.visibleTerms()));
    }

    @Test
    void an_import_is_all_or_nothing_and_reports_what_it_skipped() throws Exception {
        lists.createList();
        int id = lists.selectedProperty().get().id();
        Path csv = dir.resolve("terms.csv");
        Files.writeString(csv, "term,language\nalpha,eng\n\"a, b\",deu\nalpha,eng\n,eng\nx,y,z\n");
        terms.importFile(csv);
        assertEquals(2, api.getAllTerms(id, "eng", null, null).paging().total()
                + api.getAllTerms(id, "deu", null, null).paging().total());
        assertEquals(List.of("Line 6: Expected term,language but found 3 columns; quote a term that contains a comma.",
                "Line 4 'alpha': Same as term 1 ('alpha') after normalisation.",
                "Line 5 '': The term is empty."), List.copyOf(terms.report()));
        assertTrue(status.messageProperty().get().startsWith("Imported 2 terms from terms.csv; skipped 3"));

        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        terms.importFile(latin1);
        assertTrue(status.errorProperty().get());
        assertTrue(status.messageProperty().get().startsWith("Nothing was imported from latin1.txt: The file is not"
                + " valid UTF-8 text"), status.messageProperty().get());
    }

    @Test
    void an_import_past_the_limit_adds_nothing_and_a_50_mb_file_is_refused_unread() throws Exception {
        TermListService small = new TermListService(new SqliteTermListRepository(database),
                TermListLimits.DEFAULT.withMaxTermsPerList(3));
        TermsViewModel limited = new TermsViewModel(() -> small, TaskRunner.SYNCHRONOUS, status, () -> { });
        int id = small.create(null).id();
        limited.listIdProperty().set(id);
        Path txt = dir.resolve("four.txt");
        Files.writeString(txt, "one\ntwo\nthree\nfour\n");
        limited.importFile(txt);
        assertTrue(status.messageProperty().get().contains("Nothing was added"), status.messageProperty().get());
        assertEquals(0, small.getAllTerms(id, "eng", null, null).paging().total());

        Path huge = dir.resolve("huge.txt");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        limited.importFile(huge);
        assertEquals("Nothing was imported from huge.txt: The file is 50.0 MB; a term file can be at most 10 MB"
                + " (10,000 terms fit in well under 2 MB). (TooLarge)", status.messageProperty().get());
    }

    @Test
    void export_writes_txt_for_the_language_and_csv_for_all() throws Exception {
        lists.createList();
        int id = lists.selectedProperty().get().id();
        api.addTerms(id, List.of(new NewTerm("alpha", "eng"), new NewTerm("a, b", "deu")));
        terms.load();
        terms.export(dir.resolve("out.txt"), com.modbench.engine.lists.TermFiles.Format.TXT);
        terms.export(dir.resolve("out.csv"), com.modbench.engine.lists.TermFiles.Format.CSV);
        assertEquals("alpha\n", Files.readString(dir.resolve("out.txt")));
        assertEquals("term,language\n\"a, b\",deu\nalpha,eng\n", Files.readString(dir.resolve("out.csv")));
    }

    @Test
    void lint_and_preview_report_on_the_selected_list() throws Exception {
        lists.createList();
        int id = lists.selectedProperty().get().id();
        api.addTerms(id, List.of(new NewTerm("zorblax", "eng"), new NewTerm("ZORBLAX!", "eng"),
                new NewTerm("ok", "eng")));
        ChecksViewModel checks = new ChecksViewModel(() -> api, TaskRunner.SYNCHRONOUS, status);
        checks.lint(id);
        assertTrue(checks.lintSummaryProperty().get().startsWith("3 findings in 3 terms: 1 duplicate,"),
                checks.lintSummaryProperty().get());

        Path comments = dir.resolve("comments.txt");
        Files.writeString(comments, "first Zorblax here\nnothing\nok ok zorblax\n");
        checks.loadComments(comments);
        checks.preview(id, "eng");
        assertEquals("4 hits in 2 of 3 comments.", checks.previewSummaryProperty().get());
        assertEquals(List.of("Zorblax", "ok", "ok", "zorblax"),
                checks.hits().stream().map(com.modbench.engine.lists.TermPreview.Hit::matched).toList());
    }
}
