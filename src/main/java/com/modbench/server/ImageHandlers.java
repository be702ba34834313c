package com.modbench.server;

import com.modbench.api.ImageModeration;
import com.modbench.api.Moderator;
import com.modbench.model.image.Evaluate;
import com.modbench.model.image.FoundFaces;
import com.modbench.model.image.MatchResponse;
import com.modbench.model.image.Ocr;
import io.javalin.http.Context;

/**
 * Operations 3–14: Evaluate, FindFaces, OCR and Match, each in its three variants on one path (bare, URL, bytes;
 * see {@link ImageBodies}). All answer 200. An image cached here is remembered as the caller key's
 * ({@link CachedImageOwners}).
 */
final class ImageHandlers {

    private final Moderator moderator;
    private final CachedImageOwners cachedImages;

    ImageHandlers(Moderator moderator, CachedImageOwners cachedImages) {
        this.moderator = moderator;
        this.cachedImages = cachedImages;
    }

    private ImageModeration images() {
        return moderator.image();
    }

    void evaluate(Context ctx) {
        boolean cache = cacheImage(ctx);
        Evaluate result = images().evaluate(ImageBodies.image(ctx, cachedImages), cache);
        cachedImages.remember(ctx, result.cacheId());
        JsonResponses.ok(ctx, result);
    }

    void findFaces(Context ctx) {
        boolean cache = cacheImage(ctx);
        FoundFaces result = images().findFaces(ImageBodies.image(ctx, cachedImages), cache);
        cachedImages.remember(ctx, result.cacheId());
        JsonResponses.ok(ctx, result);
    }

    void ocr(Context ctx) {
        QueryParams query = QueryParams.of(ctx);
        String language = query.requiredString("language");
        boolean cache = query.bool("CacheImage", false);
        boolean enhanced = query.bool("enhanced", false);
        Ocr result = images().ocr(ImageBodies.image(ctx, cachedImages), language, cache, enhanced);
        cachedImages.remember(ctx, result.cacheId());
        JsonResponses.ok(ctx, result);
    }

    void match(Context ctx) {
        QueryParams query = QueryParams.of(ctx);
        Integer listId = query.integer("listId");
        boolean cache = query.bool("CacheImage", false);
        MatchResponse result = images().match(ImageBodies.image(ctx, cachedImages), listId, cache);
        cachedImages.remember(ctx, result.cacheId());
        JsonResponses.ok(ctx, result);
    }

    private static boolean cacheImage(Context ctx) {
        return QueryParams.of(ctx).bool("CacheImage", false);
    }
}
