package com.modbench.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The subscription keys the server accepts. Keys are kept only as SHA-256 digests and compared in constant time;
 * a key is identified in logs by its position ({@code #1}, {@code #2}, …), never by its text.
 */
public final class ApiKeys {

    /** Environment variable with comma-separated keys. */
    public static final String ENVIRONMENT_VARIABLE = "MODBENCH_API_KEYS";

    private final List<byte[]> digests;

    private ApiKeys(List<byte[]> digests) {
        this.digests = List.copyOf(digests);
    }

    public static ApiKeys of(String... keys) {
        return of(List.of(keys));
    }

    public static ApiKeys of(List<String> keys) {
        List<byte[]> digests = new ArrayList<>();
        for (String key : keys) {
            String trimmed = key.strip();
            if (!trimmed.isEmpty()) {
                digests.add(digest(trimmed));
            }
        }
        return new ApiKeys(digests);
    }

    /**
     * Keys from a file (one per line; blank lines and lines starting with {@code #} are skipped) and from the
     * value of {@link #ENVIRONMENT_VARIABLE} (comma-separated). Either may be null.
     */
    public static ApiKeys load(Path file, String environmentValue) throws IOException {
        List<String> keys = new ArrayList<>();
        if (file != null) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    keys.add(line);
                }
            }
        }
        if (environmentValue != null) {
            keys.addAll(List.of(environmentValue.split(",")));
        }
        return of(keys);
    }

    public int size() {
        return digests.size();
    }

    public boolean isEmpty() {
        return digests.isEmpty();
    }

    /** The 1-based position of {@code key} among the accepted keys, or empty if it is not one of them. */
    public OptionalInt find(String key) {
        if (key == null) {
            return OptionalInt.empty();
        }
        byte[] candidate = digest(key.strip());
        int found = -1;
        for (int i = 0; i < digests.size(); i++) {
            if (MessageDigest.isEqual(digests.get(i), candidate) && found < 0) {
                found = i;
            }
        }
        return found < 0 ? OptionalInt.empty() : OptionalInt.of(found + 1);
    }

    @Override
    public String toString() {
        return digests.size() + " API key(s)";
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
