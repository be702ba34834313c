package com.modbench.server;

import com.modbench.api.ErrorCode;
import com.modbench.api.ImageInput;
import com.modbench.api.ModeratorException;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Which subscription key cached which image. The engine keeps one image cache for the whole server, but the
 * service's cache belonged to a subscription: here a bare request (no body) means the caller's own most recently
 * cached image, and a {@code CacheId} is honoured only for the key that cached it, so no key can evaluate, read
 * (OCR), match or list another key's image. Each key remembers its latest {@value #PER_KEY} ids; the engine may
 * still have dropped an image for its memory budget, which answers 404 as before.
 */
final class CachedImageOwners {

    static final int PER_KEY = 1_000;

    private final Map<Integer, LinkedHashSet<String>> idsByKey = new HashMap<>();
    private final Map<Integer, String> newestByKey = new HashMap<>();

    /** Notes that the caller of {@code ctx} cached {@code cacheId} (null: nothing was cached). */
    synchronized void remember(Context ctx, String cacheId) {
        if (cacheId == null) {
            return;
        }
        int key = keyOf(ctx);
        LinkedHashSet<String> ids = idsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>());
        ids.remove(cacheId);
        ids.add(cacheId);
        if (ids.size() > PER_KEY) {
            ids.remove(ids.iterator().next());
        }
        newestByKey.put(key, cacheId);
    }

    /** The cached image a bare request of {@code ctx}'s caller may use: {@code requested}, or its newest. */
    synchronized ImageInput resolve(Context ctx, String requested) {
        int key = keyOf(ctx);
        if (requested == null || requested.isBlank()) {
            String newest = newestByKey.get(key);
            if (newest == null) {
                throw new ModeratorException(ErrorCode.EMPTY_CONTENT, "No image was sent and this key has none "
                        + "cached: send the image bytes or a URL (with CacheImage=true to keep it for later calls).");
            }
            return ImageInput.cached(newest);
        }
        LinkedHashSet<String> ids = idsByKey.get(key);
        if (ids == null || !ids.contains(requested)) {
            throw new ModeratorException(ErrorCode.NOT_FOUND, "No cached image of this key has the CacheID "
                    + requested + "; it may have expired. Send the image again.");
        }
        return ImageInput.cached(requested);
    }

    /** The caller's key, as {@link RequestGuard} identified it before the route ran. */
    private static int keyOf(Context ctx) {
        Integer key = ctx.attribute(RequestGuard.KEY_ID_ATTRIBUTE);
        if (key == null) {
            throw new IllegalStateException("the request guard did not run before an image route");
        }
        return key;
    }
}
