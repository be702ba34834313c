package com.modbench.ui.settings;

import com.modbench.api.Moderator;
import com.modbench.api.ModeratorException;
import com.modbench.client.RemoteEndpoint;
import com.modbench.client.RemoteModerator;
import com.modbench.client.RetryPolicy;
import java.time.Duration;

/**
 * Whether an endpoint answers: one DetectLanguage request (cheap, needs a valid key, exists on every compatible
 * endpoint). Blocking; run it in the background. Messages never contain the key.
 */
public final class ConnectionCheck {

    public record Result(boolean reachable, String message) {
    }

    private ConnectionCheck() {
    }

    /** Tries {@code endpoint} once, with short timeouts and no retries. */
    public static Result test(RemoteEndpoint endpoint) {
        try (RemoteModerator probe = new RemoteModerator(endpoint
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(10)).withRetry(RetryPolicy.NONE))) {
            return of(probe);
        }
    }

    public static Result of(Moderator moderator) {
        long started = System.nanoTime();
        try {
            moderator.text().detectLanguage("Modbench connection check.");
            return new Result(true, "reachable (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
        } catch (ModeratorException e) {
            if (e.httpStatus() == 401) {
                return new Result(false, "the endpoint refused the key (401): " + e.getMessage());
            }
            if (e.httpStatus() == 404) {
                return new Result(false, "no Content Moderator API at this URL (404): " + e.getMessage());
            }
            return new Result(false, "unreachable: " + e.getMessage());
        }
    }
}
