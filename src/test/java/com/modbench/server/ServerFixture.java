package com.modbench.server;

import com.modbench.api.Moderator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on 127.0.0.1 (random port) over a given moderator, with a JDK HTTP client and a captured access log.
 * For a whole class: {@code @RegisterExtension static final ServerFixture fixture = ServerFixture.start(…);}.
 */
final class ServerFixture implements AutoCloseable, AfterAllCallback {

    static final String KEY = "test-key-0123456789";
    static final String OTHER_KEY = "second-key-abcdef";
    static final String SCREEN = "/contentmoderator/moderate/v1.0/ProcessText/Screen/";
    static final String DETECT = "/contentmoderator/moderate/v1.0/ProcessText/DetectLanguage";

    final ModbenchServer server;
    final List<String> accessLog = Collections.synchronizedList(new ArrayList<>());
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerFixture(Moderator moderator, UnaryOperator<ServerOptions> tweak) {
        ServerOptions options = ServerOptions.defaults(ApiKeys.of(KEY, OTHER_KEY)).withPort(0)
                .withAccessLog(accessLog::add);
        server = ModbenchServer.start(moderator, tweak.apply(options));
    }

    static ServerFixture start(Moderator moderator) {
        return new ServerFixture(moderator, UnaryOperator.identity());
    }

    static ServerFixture start(Moderator moderator, UnaryOperator<ServerOptions> tweak) {
        return new ServerFixture(moderator, tweak);
    }

    URI uri(String pathAndQuery) {
        return server.url().resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(20))
                .header("Ocp-Apim-Subscription-Key", KEY);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> postText(String pathAndQuery, String contentType, String body) {
        return send(request(pathAndQuery).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Registered with {@code @RegisterExtension}, the fixture stops its server after the test class. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.close();
    }
}
