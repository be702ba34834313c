package com.modbench.engine.image;

import com.modbench.api.ErrorCode;
import com.modbench.api.ImageInput;
import com.modbench.api.ModeratorException;
import com.modbench.engine.image.cache.ImageCache;
import com.modbench.engine.image.input.DecodedImage;
import com.modbench.engine.image.input.ImageDecoder;
import com.modbench.engine.image.input.ImageFetcher;
import java.util.Map;

/** Turns any {@link ImageInput} into a decoded image: bytes are decoded, URLs fetched then decoded, ids looked up. */
final class ImageInputResolver {

    private final ImageDecoder decoder;
    private final ImageFetcher fetcher;
    private final ImageCache cache;

    ImageInputResolver(ImageDecoder decoder, ImageFetcher fetcher, ImageCache cache) {
        this.decoder = decoder;
        this.fetcher = fetcher;
        this.cache = cache;
    }

    ResolvedImage resolve(ImageInput input, boolean keep) {
        if (input == null) {
            throw new ModeratorException(ErrorCode.EMPTY_CONTENT, "No image was given.");
        }
        if (input instanceof ImageInput.Bytes bytes) {
            return decoded(decoder.decode(bytes.data()), keep, -1);
        }
        if (input instanceof ImageInput.Url url) {
            long start = System.nanoTime();
            byte[] data = fetcher.fetch(url.url());
            long millis = (System.nanoTime() - start) / 1_000_000;
            return decoded(decoder.decode(data), keep, millis);
        }
        return fromCache(((ImageInput.Cached) input).cacheId());
    }

    private ResolvedImage decoded(DecodedImage image, boolean keep, long downloadMillis) {
        return new ResolvedImage(image, keep ? cache.put(image) : null, downloadMillis);
    }

    private ResolvedImage fromCache(String cacheId) {
        if (cacheId == null || cacheId.isBlank()) {
            Map.Entry<String, DecodedImage> newest = cache.newest().orElseThrow(() -> new ModeratorException(
                    ErrorCode.EMPTY_CONTENT, "No image was sent and none is cached: send the image bytes or a URL "
                    + "(with CacheImage=true to keep it for later calls)."));
            return new ResolvedImage(newest.getValue(), newest.getKey(), -1);
        }
        DecodedImage image = cache.get(cacheId).orElseThrow(() -> new ModeratorException(ErrorCode.NOT_FOUND,
                "No cached image has the CacheID " + cacheId + "; it may have expired. Send the image again."));
        return new ResolvedImage(image, cacheId, -1);
    }
}
