package com.modbench.server;

import com.modbench.api.ErrorCode;
import com.modbench.api.ImageLists;
import com.modbench.api.ModeratorException;
import com.modbench.api.Moderator;
import com.modbench.model.lists.ListBody;
import io.javalin.http.Context;

/**
 * Operations 15–26: image lists and their images. Every success is 200; the three deletes answer with the JSON
 * string {@code ""}, which is what the SDKs expect.
 */
final class ImageListHandlers {

    private final Moderator moderator;
    /** Whose cached image a bare add-image request may use. */
    private final CachedImageOwners cachedImages;

    ImageListHandlers(Moderator moderator, CachedImageOwners cachedImages) {
        this.moderator = moderator;
        this.cachedImages = cachedImages;
    }

    private ImageLists lists() {
        return moderator.imageLists();
    }

    void getDetails(Context ctx) {
        JsonResponses.ok(ctx, lists().get(TermListHandlers.listId(ctx)));
    }

    void delete(Context ctx) {
        lists().delete(TermListHandlers.listId(ctx));
        JsonResponses.emptyString(ctx);
    }

    void update(Context ctx) {
        int listId = TermListHandlers.listId(ctx);
        JsonResponses.ok(ctx, lists().update(listId, RequestBodies.jsonObject(ctx, ListBody.class)));
    }

    void create(Context ctx) {
        JsonResponses.ok(ctx, lists().create(RequestBodies.jsonObject(ctx, ListBody.class)));
    }

    void getAll(Context ctx) {
        JsonResponses.ok(ctx, lists().list());
    }

    void refreshIndex(Context ctx) {
        JsonResponses.ok(ctx, lists().refreshIndex(TermListHandlers.listId(ctx)));
    }

    void addImage(Context ctx) {
        int listId = TermListHandlers.listId(ctx);
        QueryParams query = QueryParams.of(ctx);
        Integer tag = query.integer("tag");
        String label = query.string("label");
        JsonResponses.ok(ctx, lists().addImage(listId, ImageBodies.image(ctx, cachedImages), tag, label));
    }

    void getAllImageIds(Context ctx) {
        JsonResponses.ok(ctx, lists().getAllImageIds(TermListHandlers.listId(ctx)));
    }

    void deleteImage(Context ctx) {
        int listId = TermListHandlers.listId(ctx);
        lists().deleteImage(listId, imageId(ctx));
        JsonResponses.emptyString(ctx);
    }

    void deleteAllImages(Context ctx) {
        lists().deleteAllImages(TermListHandlers.listId(ctx));
        JsonResponses.emptyString(ctx);
    }

    private static int imageId(Context ctx) {
        String raw = ctx.pathParam("ImageId");
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                    "The image id must be a whole number, not '" + raw + "'.");
        }
    }
}
