package com.modbench.store;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The schema as numbered SQL scripts under {@code /db/migration/}, applied in order, each recorded in
 * {@code schema_version}. Areas number their scripts in their own ranges (image lists from V100), so a script is
 * applied when its version is not recorded yet, not only when it is above the highest recorded one. A script is never edited once released: change the schema with a new one, added to
 * {@link #SCRIPTS}. Statements in a script end with a semicolon at the end of a line.
 */
final class Migrations {

    /** Every script, oldest first; the number in each name is its version. */
    static final List<String> SCRIPTS = List.of(
            "V001__term_lists.sql",
            "V100__image_lists.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return version(SCRIPTS.get(SCRIPTS.size() - 1));
    }

    /** Applies the scripts the database has not seen yet; runs inside the caller's write transaction. */
    static Void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        int current = currentVersion(connection);
        Set<Integer> applied = appliedVersions(connection);
        if (current > latestVersion()) {
            throw new ModeratorException(ErrorCode.INTERNAL_ERROR, "The database has schema version " + current
                    + ", newer than this Modbench knows (" + latestVersion() + "); use a newer Modbench with it.");
        }
        for (String script : SCRIPTS) {
            int version = version(script);
            if (!applied.contains(version)) {
                run(connection, script);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
                    insert.setInt(1, version);
                    insert.setString(2, script);
                    insert.setString(3, Instant.now().toString());
                    insert.executeUpdate();
                }
            }
        }
        return null;
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static Set<Integer> appliedVersions(Connection connection) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM schema_version")) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
    }

    private static void run(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read(script))) {
                statement.execute(sql);
            }
        }
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String code = line.contains("--") ? line.substring(0, line.indexOf("--")) : line;
            current.append(code.stripTrailing()).append('\n');
            if (code.strip().endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String read(String script) {
        String path = "/db/migration/" + script;
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Migration " + path + " is missing from the build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration " + path, e);
        }
    }

    private static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }
}
