package com.modbench.server;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@link ModbenchServer} listens and protects itself. Port 0 picks a free port. {@code rateLimitPerSecond} 0
 * turns the per-key rate limit off. {@code idleTimeout} closes connections (and fails body reads) that send nothing
 * for that long, so a slow client cannot hold a worker. {@code stopTimeout} is how long a stop waits for requests in
 * flight. {@code accessLog} receives one line per request and never sees a key.
 */
public record ServerOptions(
        String bindAddress,
        int port,
        ApiKeys keys,
        int rateLimitPerSecond,
        Duration idleTimeout,
        Duration stopTimeout,
        int maxThreads,
        Consumer<String> accessLog) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 5055;

    public ServerOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        Objects.requireNonNull(accessLog, "accessLog");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("The port must be between 0 and 65535, not " + port + ".");
        }
        if (rateLimitPerSecond < 0) {
            throw new IllegalArgumentException("The rate limit must not be negative.");
        }
        if (maxThreads < 8) {
            throw new IllegalArgumentException("At least 8 server threads are needed, not " + maxThreads + ".");
        }
    }

    /** Loopback, the default port, no rate limit, 30 s idle timeout, 30 s to finish requests on stop. */
    public static ServerOptions defaults(ApiKeys keys) {
        return new ServerOptions(DEFAULT_BIND, DEFAULT_PORT, keys, 0, Duration.ofSeconds(30), Duration.ofSeconds(30),
                64, line -> System.out.println(line));
    }

    public ServerOptions withBind(String value) {
        return new ServerOptions(value, port, keys, rateLimitPerSecond, idleTimeout, stopTimeout, maxThreads, accessLog);
    }

    public ServerOptions withPort(int value) {
        return new ServerOptions(bindAddress, value, keys, rateLimitPerSecond, idleTimeout, stopTimeout, maxThreads, accessLog);
    }

    public ServerOptions withRateLimit(int perSecond) {
        return new ServerOptions(bindAddress, port, keys, perSecond, idleTimeout, stopTimeout, maxThreads, accessLog);
    }

    public ServerOptions withIdleTimeout(Duration value) {
        return new ServerOptions(bindAddress, port, keys, rateLimitPerSecond, value, stopTimeout, maxThreads, accessLog);
    }

    public ServerOptions withStopTimeout(Duration value) {
        return new ServerOptions(bindAddress, port, keys, rateLimitPerSecond, idleTimeout, value, maxThreads, accessLog);
    }

    public ServerOptions withAccessLog(Consumer<String> value) {
        return new ServerOptions(bindAddress, port, keys, rateLimitPerSecond, idleTimeout, stopTimeout, maxThreads, value);
    }
}
