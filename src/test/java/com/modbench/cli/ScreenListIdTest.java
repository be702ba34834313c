package com.modbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.model.Json;
import com.modbench.store.Database;
import com.modbench.store.DatabaseLocation;
import com.modbench.store.lists.SqliteTermListRepository;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenListIdTest {

    @TempDir
    Path dir;

    @AfterEach
    void forgetLocation() {
        System.clearProperty(DatabaseLocation.PROPERTY);
    }

    @Test
    void screen_with_list_id_reads_the_lists_of_the_desktop_database() throws Exception {
        Path file = dir.resolve("desktop.db");
        int id;
        try (Database db = Database.open(file);
             EmbeddedModerator engine = EmbeddedModerator.standard(new SqliteTermListRepository(db))) {
            id = engine.termLists().create(null).id();
            engine.termLists().addTerm(id, "zorblax", "eng");
            engine.termLists().refreshIndex(id, "eng");
        }
        System.setProperty(DatabaseLocation.PROPERTY, file.toString());

        Result ok = run("I like zorblax", "screen", "--language", "eng", "--list-id", String.valueOf(id));
        assertEquals(Cli.OK, ok.code, ok.err);
        JsonNode term = Json.mapper().readTree(ok.out).get("Terms").get(0);
        assertEquals(id, term.get("ListId").asInt());
        assertEquals("zorblax", term.get("Term").asText());

        Result missing = run("I like zorblax", "screen", "--list-id", "77");
        assertEquals(Cli.BAD_INPUT, missing.code);
        assertEquals("NotFound", Json.mapper().readTree(missing.err).get("Error").get("Code").asText());
        assertTrue(missing.err.contains("Term list 77 does not exist."), missing.err);
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
