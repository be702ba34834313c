package com.modbench.server;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import io.javalin.http.Context;
import java.util.OptionalInt;

/**
 * Runs before every route: the subscription key must be one of the configured keys (header name in any case), then
 * the key's rate limit applies. Unknown paths are checked too, as the gateway did ("wrong API endpoint").
 */
final class RequestGuard {

    static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";
    /** Request attribute with the 1-based position of the caller's key, for the access log. */
    static final String KEY_ID_ATTRIBUTE = "modbench.keyId";

    private final ApiKeys keys;
    private final RateLimiter limiter;
    private final int perSecond;

    RequestGuard(ApiKeys keys, int rateLimitPerSecond) {
        this.keys = keys;
        this.perSecond = rateLimitPerSecond;
        this.limiter = rateLimitPerSecond > 0 ? new RateLimiter(rateLimitPerSecond, System::nanoTime) : null;
    }

    void check(Context ctx) {
        OptionalInt keyId = keys.find(ctx.header(KEY_HEADER));
        if (keyId.isEmpty()) {
            throw new AccessDenied();
        }
        ctx.attribute(KEY_ID_ATTRIBUTE, keyId.getAsInt());
        if (limiter != null) {
            long waitSeconds = limiter.acquire(keyId.getAsInt());
            if (waitSeconds > 0) {
                ctx.header("Retry-After", Long.toString(waitSeconds));
                throw new ModeratorException(ErrorCode.TOO_MANY_REQUESTS, "This key is limited to " + perSecond
                        + " requests per second; retry after " + waitSeconds + " s.");
            }
        }
    }
}
