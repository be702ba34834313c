package com.modbench.client;

import com.modbench.api.ImageInput;
import com.modbench.api.ImageLists;
import com.modbench.api.ImageModeration;
import com.modbench.api.ModeratorException;
import com.modbench.model.image.Evaluate;
import com.modbench.model.image.FoundFaces;
import com.modbench.model.image.MatchResponse;
import com.modbench.model.image.Ocr;
import com.modbench.model.lists.Image;
import com.modbench.model.lists.ImageIds;
import com.modbench.model.lists.ImageList;
import com.modbench.model.lists.ListBody;
import com.modbench.model.lists.RefreshIndex;
import java.util.List;

/**
 * The image groups of a {@link RemoteModerator}: not available yet. Modbench's server does not serve operations
 * 3–26 so far, so every call fails with {@code NotImplemented} (501) and a message that says what to do instead.
 */
final class RemoteImagesUnavailable implements ImageModeration, ImageLists {

    private static ModeratorException unavailable() {
        return new ModeratorException(501, "NotImplemented", "Image moderation and image lists are not available "
                + "over a remote endpoint yet; use the embedded engine (File → Endpoint settings).");
    }

    @Override
    public Evaluate evaluate(ImageInput image, boolean cacheImage) {
        throw unavailable();
    }

    @Override
    public FoundFaces findFaces(ImageInput image, boolean cacheImage) {
        throw unavailable();
    }

    @Override
    public Ocr ocr(ImageInput image, String language, boolean cacheImage, boolean enhanced) {
        throw unavailable();
    }

    @Override
    public MatchResponse match(ImageInput image, Integer listId, boolean cacheImage) {
        throw unavailable();
    }

    @Override
    public ImageList create(ListBody body) {
        throw unavailable();
    }

    @Override
    public ImageList update(int listId, ListBody body) {
        throw unavailable();
    }

    @Override
    public ImageList get(int listId) {
        throw unavailable();
    }

    @Override
    public void delete(int listId) {
        throw unavailable();
    }

    @Override
    public List<ImageList> list() {
        throw unavailable();
    }

    @Override
    public RefreshIndex refreshIndex(int listId) {
        throw unavailable();
    }

    @Override
    public Image addImage(int listId, ImageInput image, Integer tag, String label) {
        throw unavailable();
    }

    @Override
    public ImageIds getAllImageIds(int listId) {
        throw unavailable();
    }

    @Override
    public void deleteImage(int listId, int imageId) {
        throw unavailable();
    }

    @Override
    public void deleteAllImages(int listId) {
        throw unavailable();
    }
}
