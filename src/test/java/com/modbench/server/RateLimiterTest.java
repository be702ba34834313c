package com.modbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(0);

    @Test
    void allowsABurstOfTheRateThenAsksToWait() {
        RateLimiter limiter = new RateLimiter(3, now::get);

        assertEquals(0, limiter.acquire(1));
        assertEquals(0, limiter.acquire(1));
        assertEquals(0, limiter.acquire(1));
        assertEquals(1, limiter.acquire(1));
    }

    @Test
    void refillsOverTime() {
        RateLimiter limiter = new RateLimiter(2, now::get);
        limiter.acquire(1);
        limiter.acquire(1);

        now.addAndGet(500_000_000L);

        assertEquals(0, limiter.acquire(1));
        assertEquals(1, limiter.acquire(1));
    }

    @Test
    void keysHaveSeparateBuckets() {
        RateLimiter limiter = new RateLimiter(1, now::get);

        assertEquals(0, limiter.acquire(1));
        assertEquals(0, limiter.acquire(2));
        assertEquals(1, limiter.acquire(1));
    }

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        RateLimiter limiter = new RateLimiter(1, now::get);
        limiter.acquire(1);

        now.addAndGet(100_000_000L);

        assertEquals(1, limiter.acquire(1));
    }
}
