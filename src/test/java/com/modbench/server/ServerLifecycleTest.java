package com.modbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ImageLists;
import com.modbench.api.ImageModeration;
import com.modbench.api.Moderator;
import com.modbench.api.ScreenOptions;
import com.modbench.api.TermLists;
import com.modbench.api.TextModeration;
import com.modbench.model.Status;
import com.modbench.model.text.DetectedLanguage;
import com.modbench.model.text.Screen;
import com.modbench.testing.TestEngines;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServerLifecycleTest {

    @Test
    void stoppingLetsTheRequestInFlightFinishAndRefusesNewOnes() throws Exception {
        BlockingModerator moderator = new BlockingModerator();
        ServerFixture fixture = ServerFixture.start(moderator, options -> options.withStopTimeout(Duration.ofSeconds(20)));
        CompletableFuture<HttpResponse<String>> inFlight = fixture.http.sendAsync(
                fixture.request(ServerFixture.SCREEN).header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("slow one")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(moderator.entered.await(20, TimeUnit.SECONDS), "the request reached the moderator");

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(fixture::close);
        Thread.sleep(500);
        assertFalse(stopping.isDone(), "stop waits for the request in flight");
        assertThrows(Exception.class, () -> {
            HttpResponse<String> late = fixture.http.send(fixture.request(ServerFixture.SCREEN)
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("late")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (late.statusCode() != 200) {
                throw new IllegalStateException("refused with " + late.statusCode());
            }
        });

        moderator.release.countDown();
        HttpResponse<String> finished = inFlight.get(20, TimeUnit.SECONDS);
        assertEquals(200, finished.statusCode());
        assertTrue(finished.body().contains("\"OriginalText\":\"slow one\""));
        stopping.get(20, TimeUnit.SECONDS);
    }

    @Test
    void refusesToStartWithoutKeys() {
        assertThrows(IllegalArgumentException.class,
                () -> ModbenchServer.start(new BlockingModerator(), ServerOptions.defaults(ApiKeys.of()).withPort(0)));
    }

    /** Screens instantly, except that each call waits until {@link #release} opens. */
    /** Screening blocks until released; the other groups are a real in-memory engine's. */
    private static final class BlockingModerator implements Moderator {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public TextModeration text() {
            return new TextModeration() {
                @Override
                public Screen screen(String text, ScreenOptions options) {
                    entered.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new Screen(text, text, null, List.of(), null, Status.ok(), null, "eng", null, "t");
                }

                @Override
                public DetectedLanguage detectLanguage(String text) {
                    return new DetectedLanguage("eng", Status.ok(), "t");
                }
            };
        }

        @Override
        public TermLists termLists() {
            return TestEngines.shared().termLists();
        }

        @Override
        public ImageModeration image() {
            return TestEngines.shared().image();
        }

        @Override
        public ImageLists imageLists() {
            return TestEngines.shared().imageLists();
        }

        @Override
        public String describe() {
            return "blocking test moderator";
        }
    }
}
