package com.modbench.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a {@link RemoteModerator} sends requests: the base URL (scheme, host, port and optional path prefix, e.g.
 * {@code http://127.0.0.1:5055/}), the subscription key, timeouts and retries. {@link #toString()} hides the key.
 */
public record RemoteEndpoint(URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout,
                             RetryPolicy retry) {

    public RemoteEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(retry, "retry");
        String scheme = baseUrl.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("The endpoint must be an http:// or https:// URL with a host, not '"
                    + baseUrl + "'.");
        }
        if (baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Put the key in the key field, not in the URL.");
        }
    }

    /** 5 s to connect, 30 s to read, {@link RetryPolicy#DEFAULT}. */
    public static RemoteEndpoint of(URI baseUrl, String apiKey) {
        return new RemoteEndpoint(baseUrl, apiKey, Duration.ofSeconds(5), Duration.ofSeconds(30), RetryPolicy.DEFAULT);
    }

    public RemoteEndpoint withTimeouts(Duration connect, Duration read) {
        return new RemoteEndpoint(baseUrl, apiKey, connect, read, retry);
    }

    public RemoteEndpoint withRetry(RetryPolicy value) {
        return new RemoteEndpoint(baseUrl, apiKey, connectTimeout, readTimeout, value);
    }

    @Override
    public String toString() {
        return "RemoteEndpoint[" + baseUrl + ", key=***]";
    }
}
