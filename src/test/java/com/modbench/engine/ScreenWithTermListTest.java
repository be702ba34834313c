package com.modbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import com.modbench.api.ScreenOptions;
import com.modbench.api.TermLists;
import com.modbench.engine.text.TextScreenerStages;
import com.modbench.model.lists.ListBody;
import com.modbench.model.text.DetectedTerm;
import com.modbench.model.text.Screen;
import com.modbench.store.Database;
import com.modbench.store.lists.SqliteTermListRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenWithTermListTest {

    private static TextScreenerStages stages;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadEngine() {
        stages = TextScreenerStages.standard();
    }

    private static EmbeddedModerator moderator(Database database) {
        return new EmbeddedModerator(stages, new SqliteTermListRepository(database),
                com.modbench.engine.lists.TermListLimits.DEFAULT);
    }

    @Test
    void custom_terms_match_with_their_list_id_only_after_the_index_is_refreshed() {
        try (Database db = Database.open(dir.resolve("modbench.db")); EmbeddedModerator engine = moderator(db)) {
            TermLists lists = engine.termLists();
            int id = lists.create(new ListBody("Products", null, null)).id();
            lists.addTerm(id, "Zorblax", "eng");
            ScreenOptions options = ScreenOptions.DEFAULT.withLanguage("eng").withListId(id);
            String text = "Have you seen the ZORBLAX ad?";

            assertEquals(List.of(), custom(engine.text().screen(text, options)));

            lists.refreshIndex(id, "eng");
            assertEquals(List.of(new DetectedTerm(18, 18, id, "Zorblax")), custom(engine.text().screen(text, options)),
                    "reported as the list holds it");

            lists.deleteTerm(id, "zorblax", "eng");
            lists.addTerm(id, "seen", "eng");
            assertEquals(List.of("Zorblax"), customTerms(engine.text().screen(text, options)));
            lists.refreshIndex(id, "eng");
            assertEquals(List.of("seen"), customTerms(engine.text().screen(text, options)));
        }
    }

    @Test
    void the_language_picks_the_index_and_without_one_every_refreshed_language_counts() {
        try (Database db = Database.open(dir.resolve("modbench.db")); EmbeddedModerator engine = moderator(db)) {
            TermLists lists = engine.termLists();
            int id = lists.create(null).id();
            lists.addTerm(id, "zorblax", "eng");
            lists.addTerm(id, "quuxwort", "deu");
            lists.refreshIndex(id, "eng");
            lists.refreshIndex(id, "deu");
            String text = "zorblax und quuxwort";

            ScreenOptions options = ScreenOptions.DEFAULT.withListId(id);
            assertEquals(List.of("zorblax"), customTerms(engine.text().screen(text, options.withLanguage("eng"))));
            assertEquals(List.of("quuxwort"), customTerms(engine.text().screen(text, options.withLanguage("deu"))));
            assertEquals(List.of("zorblax", "quuxwort"), customTerms(engine.text().screen(text, options)));
        }
    }

    @Test
    void an_unknown_or_deleted_list_is_not_found() {
        try (Database db = Database.open(dir.resolve("modbench.db")); EmbeddedModerator engine = moderator(db)) {
            int id = engine.termLists().create(null).id();
            engine.termLists().refreshIndex(id, "eng");
            engine.termLists().delete(id);
            ModeratorException e = assertThrows(ModeratorException.class,
                    () -> engine.text().screen("some text", ScreenOptions.DEFAULT.withListId(id)));
            assertEquals(ErrorCode.NOT_FOUND.wireCode(), e.code());
            assertEquals(404, e.httpStatus());
            assertEquals(ErrorCode.NOT_FOUND.wireCode(), assertThrows(ModeratorException.class,
                    () -> engine.text().screen("x", ScreenOptions.DEFAULT.withListId(99))).code());
        }
    }

    @Test
    void the_refreshed_index_survives_a_restart_and_a_refresh_by_another_process_is_seen() throws Exception {
        Path file = dir.resolve("modbench.db");
        int id;
        try (Database db = Database.open(file); EmbeddedModerator engine = moderator(db)) {
            id = engine.termLists().create(null).id();
            engine.termLists().addTerm(id, "zorblax", "eng");
            engine.termLists().refreshIndex(id, "eng");
            engine.termLists().addTerm(id, "unrefreshed", "eng");
        }
        ScreenOptions options = ScreenOptions.DEFAULT.withLanguage("eng").withListId(id);
        try (Database db = Database.open(file); EmbeddedModerator engine = moderator(db);
             Database otherDb = Database.open(file); EmbeddedModerator other = moderator(otherDb)) {
            String text = "zorblax and unrefreshed";
            assertEquals(List.of("zorblax"), customTerms(engine.text().screen(text, options)));
            other.termLists().refreshIndex(id, "eng");
            Thread.sleep(600); // another process's refresh is noticed within half a second
            assertEquals(List.of("zorblax", "unrefreshed"), customTerms(engine.text().screen(text, options)));
        }
    }

    private static List<DetectedTerm> custom(Screen screen) {
        return screen.terms() == null ? List.of()
                : screen.terms().stream().filter(t -> t.listId() != 0).toList();
    }

    private static List<String> customTerms(Screen screen) {
        return custom(screen).stream().map(DetectedTerm::term).toList();
    }
}
