package com.modbench.net;

import com.modbench.api.ImageModeration;
import java.time.Duration;

/**
 * Limits for downloading an image by URL. {@code allowPrivateAddresses} lets loopback, link-local and
 * private-network hosts through; it is off by default (SSRF) and on only for tests serving from 127.0.0.1 or a
 * user who deliberately points the app at a LAN host.
 */
public record FetchPolicy(int maxRedirects, Duration connectTimeout, Duration readTimeout, Duration totalTimeout,
        long maxBytes, boolean allowPrivateAddresses) {

    public static final FetchPolicy DEFAULT = new FetchPolicy(5, Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), ImageModeration.MAX_BYTES, false);

    public FetchPolicy withAllowPrivateAddresses(boolean allow) {
        return new FetchPolicy(maxRedirects, connectTimeout, readTimeout, totalTimeout, maxBytes, allow);
    }

    public FetchPolicy withTimeouts(Duration read, Duration total) {
        return new FetchPolicy(maxRedirects, connectTimeout, read, total, maxBytes, allowPrivateAddresses);
    }
}
