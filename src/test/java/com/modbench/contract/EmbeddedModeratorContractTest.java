package com.modbench.contract;

import com.modbench.api.Moderator;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.store.Database;
import com.modbench.store.lists.SqliteTermListRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The contract against the engine in-process, over a real SQLite file. */
class EmbeddedModeratorContractTest extends ModeratorContract {

    @TempDir
    static Path dir;
    static Database database;
    static EmbeddedModerator embedded;

    @BeforeAll
    static void open() {
        database = Database.open(dir.resolve("embedded.db"));
        embedded = EmbeddedModerator.standard(new SqliteTermListRepository(database));
    }

    @AfterAll
    static void close() {
        embedded.close();
        database.close();
    }

    @Override
    protected Moderator moderator() {
        return embedded;
    }
}
