package com.modbench.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per API key: {@code perSecond} requests a second on average, bursts of up to {@code perSecond}.
 * Thread-safe; each key's bucket is locked only for its own refill-and-take.
 */
final class RateLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double perSecond;
    private final LongSupplier nanoClock;
    private final Map<Integer, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perSecond, LongSupplier nanoClock) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("perSecond must be positive");
        }
        this.perSecond = perSecond;
        this.nanoClock = nanoClock;
    }

    /** Takes a token for {@code keyId}: 0 if the request may go ahead, otherwise the whole seconds to wait. */
    long acquire(int keyId) {
        return buckets.computeIfAbsent(keyId, id -> new Bucket(perSecond, nanoClock.getAsLong())).take(nanoClock.getAsLong());
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized long take(long now) {
            tokens = Math.min(perSecond, tokens + (now - refilledAt) * perSecond / NANOS_PER_SECOND);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }
    }
}
