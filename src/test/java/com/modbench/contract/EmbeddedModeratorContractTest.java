package com.modbench.contract;

import com.modbench.api.Moderator;
import com.modbench.testing.SqliteEngine;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract against the engine in-process, over a real SQLite file. */
class EmbeddedModeratorContractTest extends ModeratorContract {

    @RegisterExtension
    static final SqliteEngine engine = SqliteEngine.open();

    @Override
    public Moderator moderator() {
        return engine.moderator();
    }
}
