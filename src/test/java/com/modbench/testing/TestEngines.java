package com.modbench.testing;

import com.modbench.engine.EmbeddedModerator;
import com.modbench.store.Database;
import com.modbench.store.lists.SqliteTermListRepository;

/** Engines for tests: the standard pipeline over an in-memory SQLite store, shared per JVM (models load once). */
public final class TestEngines {

    private static EmbeddedModerator shared;

    private TestEngines() {
    }

    /** A fresh engine with its own empty in-memory store. */
    public static EmbeddedModerator inMemory() {
        return EmbeddedModerator.standard(new SqliteTermListRepository(Database.inMemory()));
    }

    /** One engine for tests that only screen and never edit lists. */
    public static synchronized EmbeddedModerator shared() {
        if (shared == null) {
            shared = inMemory();
        }
        return shared;
    }
}
