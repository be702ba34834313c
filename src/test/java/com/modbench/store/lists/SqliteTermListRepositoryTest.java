package com.modbench.store.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.engine.lists.LanguageIndexState;
import com.modbench.engine.lists.StoredTerm;
import com.modbench.engine.lists.StoredTermList;
import com.modbench.store.Database;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteTermListRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void lists_terms_and_index_snapshots_survive_reopening_the_file() {
        Path file = dir.resolve("modbench.db");
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("Zeta", "last key first");
        metadata.put("Alpha", "ä ö ü — 😀");
        int id;
        try (Database db = Database.open(file)) {
            SqliteTermListRepository repo = new SqliteTermListRepository(db);
            id = repo.insertList("Ñame", "déscription", metadata).id();
            repo.insertTerms(id, "eng", List.of(StoredTerm.of("Bad Word"), StoredTerm.of("other")));
            repo.snapshotIndex(id, "eng");
            repo.insertTerms(id, "eng", List.of(StoredTerm.of("later")));
        }
        try (Database db = Database.open(file)) {
            SqliteTermListRepository repo = new SqliteTermListRepository(db);
            StoredTermList list = repo.findList(id).orElseThrow();
            assertEquals(new StoredTermList(id, "Ñame", "déscription", metadata), list);
            assertEquals(List.of("Zeta", "Alpha"), List.copyOf(list.metadata().keySet()));
            assertEquals(List.of("Bad Word", "other", "later"), repo.findTerms(id, "eng", 0, 10));
            assertEquals(List.of("Bad Word", "other"), repo.findIndexedTerms(id, "eng"));
            assertTrue(repo.containsTerm(id, "eng", "bad word"));
            LanguageIndexState state = repo.languageStates(id).get(0);
            assertEquals(3, state.terms());
            assertEquals(2, state.indexedTerms());
            assertFalse(state.upToDate());
            assertEquals(Optional.of(Map.of("eng", state.indexedRevision())), repo.findIndexedRevisions(id));
        }
    }

    @Test
    void deleting_a_list_removes_its_terms_and_snapshots_and_its_id_is_never_reused() {
        try (Database db = Database.open(dir.resolve("modbench.db"))) {
            SqliteTermListRepository repo = new SqliteTermListRepository(db);
            int id = repo.insertList("a", null, null).id();
            repo.insertTerms(id, "eng", List.of(StoredTerm.of("x")));
            repo.snapshotIndex(id, "eng");
            assertTrue(repo.deleteList(id));
            for (String table : List.of("term", "indexed_term", "term_list_language", "term_list")) {
                assertEquals(0, rows(db, table), table);
            }
            assertEquals(Optional.empty(), repo.findIndexedRevisions(id));
            assertTrue(repo.insertList("b", null, null).id() > id);
        }
    }

    @Test
    void a_transaction_that_fails_half_way_keeps_the_list_as_it_was() {
        try (Database db = Database.open(dir.resolve("modbench.db"))) {
            SqliteTermListRepository repo = new SqliteTermListRepository(db);
            int id = repo.insertList("a", null, null).id();
            repo.insertTerms(id, "eng", List.of(StoredTerm.of("kept")));
            assertThrows(IllegalStateException.class, () -> repo.inTransaction(() -> {
                repo.insertTerms(id, "eng", List.of(StoredTerm.of("lost")));
                repo.deleteAllTerms(id, "eng");
                throw new IllegalStateException("crash in the middle");
            }));
            assertEquals(List.of("kept"), repo.findTerms(id, "eng", 0, 10));
        }
    }

    private static int rows(Database db, String table) {
        return db.read(c -> {
            try (ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
