package com.modbench.client;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before trying a request again. Backoff doubles from {@code initialBackoff} up to
 * {@code maxBackoff}, with jitter; a server's {@code Retry-After} (seconds or an HTTP date) replaces it, but one longer
 * than {@code maxRetryAfter} means giving up instead of hanging the caller.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30));
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /**
     * The wait before attempt {@code nextAttempt} (2 for the first retry), or null to give up: no attempts left, or
     * the server asked for a longer pause than we accept.
     */
    Duration delayBefore(int nextAttempt, String retryAfterHeader) {
        if (nextAttempt > maxAttempts) {
            return null;
        }
        Duration asked = parseRetryAfter(retryAfterHeader);
        if (asked != null) {
            return asked.compareTo(maxRetryAfter) > 0 ? null : asked;
        }
        long base = initialBackoff.toMillis() << Math.min(20, nextAttempt - 2);
        long capped = Math.min(base, maxBackoff.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
    }

    static Duration parseRetryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
