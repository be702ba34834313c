package com.modbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ModeratorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void opens_a_new_file_in_wal_mode_with_foreign_keys_and_the_latest_schema() {
        Path file = dir.resolve("nested/folder/modbench.db");
        try (Database db = Database.open(file)) {
            assertTrue(Files.exists(file));
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals(String.valueOf(Database.BUSY_TIMEOUT_MILLIS), pragma(db, "busy_timeout"));
            assertEquals(Migrations.latestVersion(), (int) db.read(Migrations::currentVersion));
        }
    }

    @Test
    void reopening_keeps_data_and_applies_no_script_twice() {
        Path file = dir.resolve("modbench.db");
        try (Database db = Database.open(file)) {
            db.transaction(c -> c.createStatement().executeUpdate("INSERT INTO term_list (name, created_at,"
                    + " updated_at) VALUES ('kept', 'now', 'now')"));
        }
        try (Database db = Database.open(file)) {
            assertEquals("kept", db.read(c -> single(c.createStatement(), "SELECT name FROM term_list")));
            assertEquals(String.valueOf(Migrations.SCRIPTS.size()),
                    db.read(c -> single(c.createStatement(), "SELECT COUNT(*) FROM schema_version")));
        }
    }

    @Test
    void a_failing_transaction_leaves_nothing_behind() {
        try (Database db = Database.open(dir.resolve("modbench.db"))) {
            assertThrows(IllegalStateException.class, () -> db.transaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO term_list (name, created_at, updated_at)"
                        + " VALUES ('half', 'now', 'now')");
                throw new IllegalStateException("boom");
            }));
            assertEquals("0", db.read(c -> single(c.createStatement(), "SELECT COUNT(*) FROM term_list")));
        }
    }

    @Test
    void a_database_from_a_newer_modbench_is_refused_with_a_clear_message() {
        Path file = dir.resolve("modbench.db");
        try (Database db = Database.open(file)) {
            db.transaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO schema_version VALUES (999, 'V999__future.sql', 'now')"));
        }
        ModeratorException e = assertThrows(ModeratorException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("schema version 999"), e.getMessage());
    }

    @Test
    void a_file_that_is_not_a_database_is_refused_with_a_clear_message() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a database ".repeat(200));
        ModeratorException e = assertThrows(ModeratorException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void scripts_split_at_semicolons_that_end_a_line_and_drop_comments() {
        assertEquals(List.of("CREATE TABLE a (x TEXT,\n    y TEXT);", "CREATE INDEX b ON a (x);"),
                Migrations.statements("-- header\nCREATE TABLE a (x TEXT, -- note; here\n    y TEXT);\n\n"
                        + "CREATE INDEX b ON a (x);\n"));
    }

    @Test
    void the_location_comes_from_the_property_then_the_environment_then_the_home_folder() {
        assertEquals(Path.of("/p.db"), DatabaseLocation.resolve("/p.db", "/e.db", "/home/u"));
        assertEquals(Path.of("/e.db"), DatabaseLocation.resolve(null, "/e.db", "/home/u"));
        assertEquals(Path.of("/home/u/.modbench/modbench.db"), DatabaseLocation.resolve(" ", null, "/home/u"));
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> single(c.createStatement(), "PRAGMA " + name));
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (statement; ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
