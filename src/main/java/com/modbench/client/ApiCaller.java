package com.modbench.client;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import com.modbench.model.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Sends one API request with the key, timeouts and retries of a {@link RemoteEndpoint}, and returns the success
 * body or throws {@link ModeratorException}. 429 and 503 are retried for every request (the server did nothing);
 * other 5xx and network failures only for requests marked safe to repeat. Nothing here logs, so the key never
 * reaches a log.
 */
final class ApiCaller implements AutoCloseable {

    static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";
    private static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final byte[] NO_BYTES = new byte[0];

    private final RemoteEndpoint endpoint;
    private final OkHttpClient client;
    private final HttpUrl base;

    ApiCaller(RemoteEndpoint endpoint) {
        this.endpoint = endpoint;
        this.client = new OkHttpClient.Builder()
                .connectTimeout(endpoint.connectTimeout())
                .readTimeout(endpoint.readTimeout())
                .writeTimeout(endpoint.readTimeout())
                // idle connections go before a server's usual 30 s idle timeout closes them under us
                .connectionPool(new ConnectionPool(5, 20, TimeUnit.SECONDS))
                .build();
        HttpUrl parsed = HttpUrl.get(endpoint.baseUrl().toString());
        this.base = parsed.encodedPath().endsWith("/") ? parsed : parsed.newBuilder().addPathSegment("").build();
    }

    /** A URL under the base; {@code path} is already percent-encoded where needed. */
    HttpUrl.Builder url(String path) {
        return base.newBuilder().addEncodedPathSegments(path);
    }

    static RequestBody jsonBody(Object value) {
        return RequestBody.create(Json.write(value), JSON);
    }

    /** The SDKs send a JSON content type with an empty body on bodiless POSTs; so do we. */
    static RequestBody emptyBody() {
        return RequestBody.create(NO_BYTES, JSON);
    }

    <T> T json(String method, HttpUrl url, RequestBody body, boolean safeToRepeat, Class<T> type) {
        byte[] bytes = send(method, url, body, safeToRepeat);
        try {
            return Json.mapper().readValue(bytes, type);
        } catch (IOException e) {
            throw new ModeratorException(502, "InvalidResponse", "The endpoint's answer is not the expected "
                    + type.getSimpleName() + " JSON: " + e.getMessage());
        }
    }

    byte[] send(String method, HttpUrl url, RequestBody body, boolean safeToRepeat) {
        Request request = new Request.Builder().url(url).method(method, body)
                .header(KEY_HEADER, endpoint.apiKey()).build();
        for (int attempt = 1; ; attempt++) {
            String retryAfter;
            ModeratorException failure;
            try (Response response = client.newCall(request).execute()) {
                byte[] bytes = readBounded(response.body());
                if (response.isSuccessful()) {
                    return bytes;
                }
                failure = ErrorBodies.toException(response.code(), bytes);
                if (!isRetriable(response.code(), safeToRepeat)) {
                    throw failure;
                }
                retryAfter = response.header("Retry-After");
            } catch (IOException e) {
                failure = new ModeratorException(ErrorCode.UNAVAILABLE,
                        "Cannot reach " + endpoint.baseUrl() + ": " + describe(e));
                if (!safeToRepeat) {
                    throw failure;
                }
                retryAfter = null;
            }
            Duration delay = endpoint.retry().delayBefore(attempt + 1, retryAfter);
            if (delay == null) {
                throw failure;
            }
            sleep(delay, failure);
        }
    }

    private static boolean isRetriable(int status, boolean safeToRepeat) {
        return status == 429 || status == 503 || (safeToRepeat && (status == 500 || status == 502 || status == 504));
    }

    private static byte[] readBounded(ResponseBody body) throws IOException {
        if (body == null) {
            return NO_BYTES;
        }
        BufferedSource source = body.source();
        if (source.request(MAX_RESPONSE_BYTES + 1)) {
            throw new IOException("the response is larger than " + MAX_RESPONSE_BYTES + " bytes");
        }
        return source.readByteArray();
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    private static void sleep(Duration delay, ModeratorException failure) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
