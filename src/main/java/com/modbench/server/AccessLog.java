package com.modbench.server;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One line per request: time, client address, method, path and query, status, duration, and which key (by its
 * position, {@code key#2}) or {@code key#-} when there was no valid key. The key itself is never written.
 */
final class AccessLog implements RequestLogger {

    private final Consumer<String> sink;

    AccessLog(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void handle(Context ctx, Float executionTimeMs) {
        String query = ctx.queryString();
        Integer keyId = ctx.attribute(RequestGuard.KEY_ID_ATTRIBUTE);
        sink.accept(String.format(Locale.ROOT, "%s %s \"%s %s%s\" %d %.1fms key#%s",
                Instant.now(), ctx.ip(), ctx.method().name(), ctx.path(), query == null ? "" : "?" + query,
                ctx.statusCode(), executionTimeMs, keyId == null ? "-" : keyId));
    }
}
