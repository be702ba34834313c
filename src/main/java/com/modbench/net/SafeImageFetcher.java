package com.modbench.net;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import com.modbench.engine.image.input.ImageFetcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.util.Locale;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Downloads an image for the URL variants of the image operations, defending the host it runs on: http(s) only,
 * every hop's addresses checked by {@link AddressGuard} (IP literals here, names in {@link GuardedDns}), a bounded
 * number of redirects followed by hand, connect/read/total timeouts, no proxy, and the body cut off past the size
 * cap.
 */
public final class SafeImageFetcher implements ImageFetcher {

    private final FetchPolicy policy;
    private final OkHttpClient client;

    public SafeImageFetcher(FetchPolicy policy) {
        this(policy, Dns.SYSTEM);
    }

    /** {@code dns} resolves names before the guard sees them (tests pass a fake one). */
    public SafeImageFetcher(FetchPolicy policy, Dns dns) {
        this.policy = policy;
        this.client = new OkHttpClient.Builder()
                .dns(new GuardedDns(dns, policy.allowPrivateAddresses()))
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(policy.connectTimeout())
                .readTimeout(policy.readTimeout())
                .callTimeout(policy.totalTimeout())
                .build();
    }

    @Override
    public byte[] fetch(String url) {
        HttpUrl current = parse(url);
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            checkLiteralAddress(current);
            try (Response response = client.newCall(new Request.Builder().url(current).get().build()).execute()) {
                if (response.isRedirect()) {
                    current = redirectTarget(current, response);
                    continue;
                }
                if (!response.isSuccessful()) {
                    throw invalid("The image URL " + current + " answered HTTP " + response.code() + ".");
                }
                return readCapped(current, response.body());
            } catch (GuardedDns.BlockedAddressException e) {
                throw e.refusal;
            } catch (UnknownHostException e) {
                throw invalid("The image URL's host " + current.host() + " could not be resolved.");
            } catch (InterruptedIOException e) {
                throw invalid("Downloading the image from " + current + " timed out (" + describeTimeouts() + ").");
            } catch (IOException e) {
                throw invalid("Downloading the image from " + current + " failed: " + e.getMessage());
            }
        }
        throw invalid("The image URL " + url + " redirected more than " + policy.maxRedirects() + " times.");
    }

    private static HttpUrl parse(String url) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
        if (parsed == null) {
            throw invalid("The image URL \"" + url + "\" is not an http or https URL.");
        }
        return parsed;
    }

    private HttpUrl redirectTarget(HttpUrl from, Response response) {
        String location = response.header("Location");
        HttpUrl next = location == null ? null : from.resolve(location);
        if (next == null) {
            throw invalid("The image URL " + from + " redirected to an invalid or non-http location: " + location);
        }
        return next;
    }

    private void checkLiteralAddress(HttpUrl url) {
        String host = url.host();
        if (!looksLikeIpLiteral(host)) {
            return;
        }
        try {
            InetAddress address = InetAddress.getByName(host);
            GuardedDns.check(host, address, policy.allowPrivateAddresses());
        } catch (GuardedDns.BlockedAddressException e) {
            throw e.refusal;
        } catch (UnknownHostException e) {
            throw invalid("The image URL's host " + host + " is not a valid address.");
        }
    }

    /** OkHttp connects to IP literals without asking the Dns, so they are checked here. */
    private static boolean looksLikeIpLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    private byte[] readCapped(HttpUrl url, ResponseBody body) throws IOException {
        if (body == null) {
            throw invalid("The image URL " + url + " returned no body.");
        }
        long declared = body.contentLength();
        if (declared > policy.maxBytes()) {
            throw tooLarge(url, declared);
        }
        try (InputStream in = body.byteStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 64 * 1024);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > policy.maxBytes()) {
                    throw tooLarge(url, total);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private ModeratorException tooLarge(HttpUrl url, long bytes) {
        return new ModeratorException(ErrorCode.TOO_LARGE, String.format(Locale.ROOT,
                "The image at %s is larger than %,d bytes (4 MB)%s.", url, policy.maxBytes(),
                bytes > 0 ? String.format(Locale.ROOT, "; at least %,d bytes were sent", bytes) : ""));
    }

    private String describeTimeouts() {
        return "read " + policy.readTimeout().toMillis() + " ms, total " + policy.totalTimeout().toMillis() + " ms";
    }

    private static ModeratorException invalid(String message) {
        return new ModeratorException(ErrorCode.INVALID_ARGUMENT, message);
    }
}
