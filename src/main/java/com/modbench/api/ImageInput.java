package com.modbench.api;

import java.util.Objects;

/**
 * The image an image operation works on, in the API's three request variants: raw bytes ({@code FileInput}), a URL
 * ({@code UrlInput}), or no body at all ("bare"), which means an image kept earlier with {@code CacheImage=true}.
 */
public sealed interface ImageInput {

    static ImageInput bytes(byte[] data) {
        return new Bytes(data);
    }

    static ImageInput url(String url) {
        return new Url(url);
    }

    /** A cached image by its {@code CacheID}; {@code null} means the most recently cached one. */
    static ImageInput cached(String cacheId) {
        return new Cached(cacheId);
    }

    /** A short description for messages and logs (never the bytes). */
    String describe();

    record Bytes(byte[] data) implements ImageInput {
        public Bytes {
            Objects.requireNonNull(data, "data");
        }

        @Override
        public String describe() {
            return data.length + " bytes";
        }
    }

    record Url(String url) implements ImageInput {
        public Url {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String describe() {
            return url;
        }
    }

    record Cached(String cacheId) implements ImageInput {
        @Override
        public String describe() {
            return cacheId == null ? "the most recently cached image" : "cached image " + cacheId;
        }
    }
}
