package com.modbench.ui.settings;

import com.modbench.server.ApiKeys;
import com.modbench.server.ModbenchServer;
import com.modbench.server.ServerOptions;
import com.modbench.testing.TestEngines;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real Modbench server on 127.0.0.1 for the settings tests, recording its access log. */
final class RemoteTestServer implements AutoCloseable {

    static final String KEY = "settings-test-key";

    final List<String> accessLog = new CopyOnWriteArrayList<>();
    final ModbenchServer server = ModbenchServer.start(TestEngines.shared(),
            ServerOptions.defaults(ApiKeys.of(KEY)).withPort(0).withAccessLog(accessLog::add));

    String url() {
        return server.url().toString();
    }

    @Override
    public void close() {
        server.close();
    }
}
