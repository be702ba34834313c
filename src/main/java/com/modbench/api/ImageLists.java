package com.modbench.api;

import com.modbench.model.lists.Image;
import com.modbench.model.lists.ImageIds;
import com.modbench.model.lists.ImageList;
import com.modbench.model.lists.ListBody;
import com.modbench.model.lists.RefreshIndex;
import java.util.List;
import java.util.Optional;

/**
 * Operations 15–26: custom image lists. Edits reach {@link ImageModeration#match} only after {@link #refreshIndex},
 * as the service behaved. At most {@value #MAX_LISTS} lists of {@value #MAX_IMAGES_PER_LIST} images each.
 */
public interface ImageLists {

    int MAX_LISTS = 5;

    int MAX_IMAGES_PER_LIST = 10_000;

    ImageList create(ListBody body);

    ImageList update(int listId, ListBody body);

    ImageList get(int listId);

    void delete(int listId);

    List<ImageList> list();

    RefreshIndex refreshIndex(int listId);

    /** {@code tag} (e.g. 101 Nudity) and {@code label} are optional. */
    Image addImage(int listId, ImageInput image, Integer tag, String label);

    ImageIds getAllImageIds(int listId);

    void deleteImage(int listId, int imageId);

    void deleteAllImages(int listId);

    /**
     * Beyond the contract: a small JPEG of a list image for display, when the endpoint keeps one (the embedded
     * engine does; a remote service does not).
     */
    default Optional<byte[]> thumbnail(int listId, int imageId) {
        return Optional.empty();
    }

    /** Beyond the contract: the list's images with their tag and label (a remote service reports only ids). */
    default List<ListedImage> images(int listId) {
        return getAllImageIds(listId).contentIds().stream().map(id -> new ListedImage(id, null, null)).toList();
    }

    /** Beyond the contract: whether Match sees the list as it is now, or empty when the endpoint cannot tell. */
    default Optional<Boolean> isIndexCurrent(int listId) {
        return Optional.empty();
    }

    /** An image of a list as the Lists view shows it. */
    record ListedImage(int id, Integer tag, String label) {
    }
}
