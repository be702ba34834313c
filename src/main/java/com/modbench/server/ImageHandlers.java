package com.modbench.server;

import com.modbench.api.ImageModeration;
import com.modbench.api.Moderator;
import io.javalin.http.Context;

/**
 * Operations 3–14: Evaluate, FindFaces, OCR and Match, each in its three variants on one path (bare, URL, bytes;
 * see {@link ImageBodies}). All answer 200.
 */
final class ImageHandlers {

    private final Moderator moderator;

    ImageHandlers(Moderator moderator) {
        this.moderator = moderator;
    }

    private ImageModeration images() {
        return moderator.image();
    }

    void evaluate(Context ctx) {
        boolean cache = cacheImage(ctx);
        JsonResponses.ok(ctx, images().evaluate(ImageBodies.image(ctx), cache));
    }

    void findFaces(Context ctx) {
        boolean cache = cacheImage(ctx);
        JsonResponses.ok(ctx, images().findFaces(ImageBodies.image(ctx), cache));
    }

    void ocr(Context ctx) {
        QueryParams query = QueryParams.of(ctx);
        String language = query.requiredString("language");
        boolean cache = query.bool("CacheImage", false);
        boolean enhanced = query.bool("enhanced", false);
        JsonResponses.ok(ctx, images().ocr(ImageBodies.image(ctx), language, cache, enhanced));
    }

    void match(Context ctx) {
        QueryParams query = QueryParams.of(ctx);
        Integer listId = query.integer("listId");
        boolean cache = query.bool("CacheImage", false);
        JsonResponses.ok(ctx, images().match(ImageBodies.image(ctx), listId, cache));
    }

    private static boolean cacheImage(Context ctx) {
        return QueryParams.of(ctx).bool("CacheImage", false);
    }
}
