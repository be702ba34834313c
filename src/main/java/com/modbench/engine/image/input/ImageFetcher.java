package com.modbench.engine.image.input;

/**
 * Where the engine gets the bytes of an image given by URL. The engine itself does no network I/O; the app and
 * the server plug in {@code com.modbench.net.SafeImageFetcher}, which guards against SSRF.
 */
@FunctionalInterface
public interface ImageFetcher {

    /** The response body; a {@link com.modbench.api.ModeratorException} explains any failure. */
    byte[] fetch(String url);

    /** A fetcher for engines that must never go to the network. */
    static ImageFetcher refusing() {
        return url -> {
            throw new com.modbench.api.ModeratorException(com.modbench.api.ErrorCode.INVALID_ARGUMENT,
                    "Image URLs are not enabled here; send the image bytes instead.");
        };
    }
}
