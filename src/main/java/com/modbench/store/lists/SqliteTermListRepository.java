package com.modbench.store.lists;

import static com.modbench.store.Sql.bind;
import static com.modbench.store.Sql.fromJson;
import static com.modbench.store.Sql.toJson;
import static com.modbench.store.Sql.update;

import com.modbench.engine.lists.LanguageIndexState;
import com.modbench.engine.lists.StoredTerm;
import com.modbench.engine.lists.StoredTermList;
import com.modbench.engine.lists.TermListRepository;
import com.modbench.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Term lists in the desktop's SQLite database (tables of {@code V001__term_lists.sql}). */
public final class SqliteTermListRepository implements TermListRepository {

    private final Database database;

    public SqliteTermListRepository(Database database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.transaction(connection -> work.get());
    }

    @Override
    public int countLists() {
        return database.read(c -> count(c, "SELECT COUNT(*) FROM term_list"));
    }

    @Override
    public StoredTermList insertList(String name, String description, Map<String, String> metadata) {
        return database.transaction(c -> {
            String now = Instant.now().toString();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO term_list (name, description, metadata,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, name);
                insert.setString(2, description);
                insert.setString(3, toJson(metadata));
                insert.setString(4, now);
                insert.setString(5, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new StoredTermList(keys.getInt(1), name, description, metadata);
                }
            }
        });
    }

    @Override
    public Optional<StoredTermList> findList(int listId) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT id, name, description, metadata FROM term_list WHERE id = ?")) {
                query.setInt(1, listId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(list(rows)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<StoredTermList> findAllLists() {
        return database.read(c -> {
            List<StoredTermList> lists = new ArrayList<>();
            try (Statement query = c.createStatement();
                 ResultSet rows = query.executeQuery(
                         "SELECT id, name, description, metadata FROM term_list ORDER BY id")) {
                while (rows.next()) {
                    lists.add(list(rows));
                }
            }
            return lists;
        });
    }

    @Override
    public boolean updateList(int listId, String name, String description, Map<String, String> metadata) {
        return database.transaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE term_list SET name = ?, description = ?,"
                    + " metadata = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, name);
                update.setString(2, description);
                update.setString(3, toJson(metadata));
                update.setString(4, Instant.now().toString());
                update.setInt(5, listId);
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean deleteList(int listId) {
        return database.transaction(c -> update(c, "DELETE FROM term_list WHERE id = ?", listId) == 1);
    }

    @Override
    public int countTerms(int listId) {
        return database.read(c -> count(c, "SELECT COUNT(*) FROM term WHERE list_id = ?", listId));
    }

    @Override
    public int countTerms(int listId, String language) {
        return database.read(c -> count(c, "SELECT COUNT(*) FROM term WHERE list_id = ? AND language = ?",
                listId, language));
    }

    @Override
    public Set<String> findTermKeys(int listId, String language) {
        return database.read(c -> {
            Set<String> keys = new HashSet<>();
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT term_key FROM term WHERE list_id = ? AND language = ?")) {
                bind(query, listId, language);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        keys.add(rows.getString(1));
                    }
                }
            }
            return keys;
        });
    }

    @Override
    public boolean containsTerm(int listId, String language, String key) {
        return database.read(c -> count(c,
                "SELECT COUNT(*) FROM term WHERE list_id = ? AND language = ? AND term_key = ?",
                listId, language, key) > 0);
    }

    @Override
    public void insertTerms(int listId, String language, List<StoredTerm> terms) {
        database.transaction(c -> {
            update(c, "INSERT OR IGNORE INTO term_list_language (list_id, language) VALUES (?, ?)", listId, language);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO term (list_id, language, term, term_key) VALUES (?, ?, ?, ?)")) {
                for (StoredTerm term : terms) {
                    bind(insert, listId, language, term.term(), term.key());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            edited(c, listId, language);
            return null;
        });
    }

    @Override
    public int deleteTerms(int listId, String language, Collection<String> keys) {
        return database.transaction(c -> {
            int deleted = 0;
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM term WHERE list_id = ? AND language = ? AND term_key = ?")) {
                for (String key : keys) {
                    bind(delete, listId, language, key);
                    deleted += delete.executeUpdate();
                }
            }
            if (deleted > 0) {
                edited(c, listId, language);
            }
            return deleted;
        });
    }

    @Override
    public int deleteAllTerms(int listId, String language) {
        return database.transaction(c -> {
            int deleted = update(c, "DELETE FROM term WHERE list_id = ? AND language = ?", listId, language);
            if (deleted > 0) {
                edited(c, listId, language);
            }
            return deleted;
        });
    }

    @Override
    public List<String> findTerms(int listId, String language, int offset, int limit) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT term FROM term WHERE list_id = ?"
                    + " AND language = ? ORDER BY seq LIMIT ? OFFSET ?")) {
                bind(query, listId, language, limit, offset);
                return strings(query);
            }
        });
    }

    @Override
    public void snapshotIndex(int listId, String language) {
        database.transaction(c -> {
            update(c, "INSERT OR IGNORE INTO term_list_language (list_id, language) VALUES (?, ?)", listId, language);
            update(c, "DELETE FROM indexed_term WHERE list_id = ? AND language = ?", listId, language);
            update(c, "INSERT INTO indexed_term (list_id, language, seq, term) SELECT list_id, language, seq, term"
                    + " FROM term WHERE list_id = ? AND language = ?", listId, language);
            return update(c, "UPDATE term_list_language SET indexed_revision = revision, refreshed_at = ?"
                    + " WHERE list_id = ? AND language = ?", Instant.now().toString(), listId, language);
        });
    }

    @Override
    public Optional<Map<String, Long>> findIndexedRevisions(int listId) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT l.id, g.language, g.indexed_revision"
                    + " FROM term_list l LEFT JOIN term_list_language g"
                    + " ON g.list_id = l.id AND g.indexed_revision IS NOT NULL WHERE l.id = ?")) {
                query.setInt(1, listId);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    Map<String, Long> revisions = new LinkedHashMap<>();
                    do {
                        if (rows.getString(2) != null) {
                            revisions.put(rows.getString(2), rows.getLong(3));
                        }
                    } while (rows.next());
                    return Optional.of(revisions);
                }
            }
        });
    }

    @Override
    public List<String> findIndexedTerms(int listId, String language) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT term FROM indexed_term WHERE list_id = ? AND language = ? ORDER BY seq")) {
                bind(query, listId, language);
                return strings(query);
            }
        });
    }

    @Override
    public List<LanguageIndexState> languageStates(int listId) {
        return database.read(c -> {
            List<LanguageIndexState> states = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT g.language, g.revision, g.indexed_revision,"
                    + " g.refreshed_at,"
                    + " (SELECT COUNT(*) FROM term t WHERE t.list_id = g.list_id AND t.language = g.language),"
                    + " (SELECT COUNT(*) FROM indexed_term i WHERE i.list_id = g.list_id AND i.language = g.language)"
                    + " FROM term_list_language g WHERE g.list_id = ? ORDER BY g.language")) {
                query.setInt(1, listId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long indexed = rows.getLong(3);
                        Long indexedRevision = rows.wasNull() ? null : indexed;
                        String refreshedAt = rows.getString(4);
                        states.add(new LanguageIndexState(rows.getString(1), rows.getInt(5), rows.getInt(6),
                                rows.getLong(2), indexedRevision,
                                refreshedAt == null ? null : Instant.parse(refreshedAt)));
                    }
                }
            }
            return states;
        });
    }

    /**
     * Records an edit of the list's terms in a language: advances its revision and drops the language's row once it
     * has neither terms nor an index.
     */
    private static void edited(Connection c, int listId, String language) throws SQLException {
        update(c, "UPDATE term_list_language SET revision = revision + 1 WHERE list_id = ? AND language = ?",
                listId, language);
        update(c, "UPDATE term_list SET updated_at = ? WHERE id = ?", Instant.now().toString(), listId);
        update(c, "DELETE FROM term_list_language WHERE list_id = ? AND language = ? AND indexed_revision IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM term WHERE list_id = ? AND language = ?)",
                listId, language, listId, language);
    }

    private static StoredTermList list(ResultSet rows) throws SQLException {
        return new StoredTermList(rows.getInt(1), rows.getString(2), rows.getString(3), fromJson(rows.getString(4)));
    }

    private static int count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            bind(query, args);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    private static List<String> strings(PreparedStatement query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }

}
