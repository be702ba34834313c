package com.modbench.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(150),
            Duration.ofSeconds(10));

    @Test
    void backoffGrowsWithJitterAndIsCapped() {
        for (int i = 0; i < 50; i++) {
            long first = policy.delayBefore(2, null).toMillis();
            long second = policy.delayBefore(3, null).toMillis();
            assertTrue(first >= 50 && first <= 100, "first " + first);
            assertTrue(second >= 75 && second <= 150, "second " + second);
        }
    }

    @Test
    void stopsAfterTheLastAttempt() {
        assertNull(policy.delayBefore(4, null));
    }

    @Test
    void retryAfterInSecondsOrAsADateWins() {
        assertEquals(Duration.ofSeconds(2), policy.delayBefore(2, "2"));
        String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(5));
        long millis = policy.delayBefore(2, inFiveSeconds).toMillis();
        assertTrue(millis > 3000 && millis <= 5000, "date " + millis);
    }

    @Test
    void aRetryAfterLongerThanTheLimitMeansGiveUp() {
        assertNull(policy.delayBefore(2, "60"));
    }

    @Test
    void anUnreadableRetryAfterFallsBackToBackoff() {
        long millis = policy.delayBefore(2, "soon").toMillis();
        assertTrue(millis >= 50 && millis <= 100);
    }
}
