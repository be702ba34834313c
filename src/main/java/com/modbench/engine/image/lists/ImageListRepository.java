package com.modbench.engine.image.lists;

import com.modbench.model.lists.ImageList;
import com.modbench.model.lists.ListBody;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where image lists live (the engine's port; the store implements it over SQLite). The match index is persisted as
 * its own snapshot so that, as the service behaved, edits are seen by Match only after RefreshIndex, also across
 * restarts. Implementations must be thread-safe.
 */
public interface ImageListRepository {

    /** Runs {@code work} as one unit (a write transaction in a database), so checks and writes cannot interleave. */
    <T> T inTransaction(Supplier<T> work);

    ImageList createList(ListBody body);

    Optional<ImageList> updateList(int listId, ListBody body);

    Optional<ImageList> findList(int listId);

    List<ImageList> lists();

    /** Deletes the list, its images and its index; false when it did not exist. */
    boolean deleteList(int listId);

    /** {@code features} are the image's ORB features ({@link OrbFeatures#toBytes()}), used to verify near misses. */
    StoredImage addImage(int listId, long hash, byte[] features, Integer tag, String label, byte[] thumbnailJpeg);

    boolean deleteImage(int listId, int imageId);

    void deleteAllImages(int listId);

    /** The list's images in id order (thumbnails may be omitted: use {@link #thumbnail}). */
    List<StoredImage> images(int listId);

    int imageCount(int listId);

    Optional<byte[]> thumbnail(int listId, int imageId);

    /** Replaces the list's match index with {@code entries} and advances its {@link #indexRevision}. */
    void replaceIndex(int listId, List<IndexedImage> entries);

    List<IndexedImage> index(int listId);

    /** The ORB features of an image as captured by the last refresh (empty if it has none). */
    Optional<byte[]> indexedFeatures(int listId, int imageId);

    /** Grows with every {@link #replaceIndex}, so a cached index can tell it is stale (0: never refreshed). */
    long indexRevision(int listId);
}
