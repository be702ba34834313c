package com.modbench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.modbench.model.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Small JDBC helpers shared by the repositories: bound one-value queries, updates, list metadata as JSON. */
public final class Sql {

    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {
    };

    private Sql() {
    }

    public static long queryLong(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            bind(query, args);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    public static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, args);
            return statement.executeUpdate();
        }
    }

    public static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
    }

    public static String toJson(Map<String, String> metadata) {
        return metadata == null ? null : Json.write(metadata);
    }

    public static Map<String, String> fromJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.mapper().readValue(json, METADATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored metadata is not a JSON object of strings: " + json, e);
        }
    }
}
