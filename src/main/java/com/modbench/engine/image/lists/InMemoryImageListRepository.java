package com.modbench.engine.image.lists;

import com.modbench.model.lists.ImageList;
import com.modbench.model.lists.ListBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Image lists in memory: for tests and for an engine run without a store. */
public final class InMemoryImageListRepository implements ImageListRepository {

    private final Map<Integer, ImageList> lists = new TreeMap<>();
    private final Map<Integer, Map<Integer, StoredImage>> images = new TreeMap<>();
    private final Map<Integer, List<IndexedImage>> indexes = new TreeMap<>();
    private final Map<Integer, Long> indexRevisions = new TreeMap<>();
    private final Map<Integer, byte[]> features = new TreeMap<>();
    private final Map<Integer, byte[]> indexedFeatures = new TreeMap<>();
    private int nextListId = 1;
    private int nextImageId = 1;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public synchronized ImageList createList(ListBody body) {
        ImageList list = new ImageList(nextListId++, body.name(), body.description(), body.metadata());
        lists.put(list.id(), list);
        images.put(list.id(), new TreeMap<>());
        return list;
    }

    @Override
    public synchronized Optional<ImageList> updateList(int listId, ListBody body) {
        if (!lists.containsKey(listId)) {
            return Optional.empty();
        }
        ImageList list = new ImageList(listId, body.name(), body.description(), body.metadata());
        lists.put(listId, list);
        return Optional.of(list);
    }

    @Override
    public synchronized Optional<ImageList> findList(int listId) {
        return Optional.ofNullable(lists.get(listId));
    }

    @Override
    public synchronized List<ImageList> lists() {
        return List.copyOf(lists.values());
    }

    @Override
    public synchronized boolean deleteList(int listId) {
        images.remove(listId);
        indexes.remove(listId);
        indexRevisions.remove(listId);
        return lists.remove(listId) != null;
    }

    @Override
    public synchronized StoredImage addImage(int listId, long hash, byte[] orb, Integer tag, String label,
            byte[] thumbnail) {
        StoredImage image = new StoredImage(nextImageId++, listId, hash, tag, label, thumbnail);
        if (orb != null) {
            features.put(image.id(), orb);
        }
        images.get(listId).put(image.id(), image);
        return image;
    }

    @Override
    public synchronized boolean deleteImage(int listId, int imageId) {
        Map<Integer, StoredImage> list = images.get(listId);
        return list != null && list.remove(imageId) != null;
    }

    @Override
    public synchronized void deleteAllImages(int listId) {
        Map<Integer, StoredImage> list = images.get(listId);
        if (list != null) {
            list.clear();
        }
    }

    @Override
    public synchronized List<StoredImage> images(int listId) {
        return new ArrayList<>(images.getOrDefault(listId, Map.of()).values());
    }

    @Override
    public synchronized int imageCount(int listId) {
        return images.getOrDefault(listId, Map.of()).size();
    }

    @Override
    public synchronized Optional<byte[]> thumbnail(int listId, int imageId) {
        return Optional.ofNullable(images.getOrDefault(listId, Map.of()).get(imageId))
                .map(StoredImage::thumbnailJpeg);
    }

    @Override
    public synchronized void replaceIndex(int listId, List<IndexedImage> entries) {
        indexes.getOrDefault(listId, List.of()).forEach(old -> indexedFeatures.remove(old.imageId()));
        for (IndexedImage entry : entries) {
            byte[] orb = features.get(entry.imageId());
            if (orb != null) {
                indexedFeatures.put(entry.imageId(), orb);
            }
        }
        indexes.put(listId, List.copyOf(entries));
        indexRevisions.merge(listId, 1L, Long::sum);
    }

    @Override
    public synchronized List<IndexedImage> index(int listId) {
        return indexes.getOrDefault(listId, List.of());
    }

    @Override
    public synchronized Optional<byte[]> indexedFeatures(int listId, int imageId) {
        boolean indexed = indexes.getOrDefault(listId, List.of()).stream().anyMatch(i -> i.imageId() == imageId);
        return indexed ? Optional.ofNullable(indexedFeatures.get(imageId)) : Optional.empty();
    }

    @Override
    public synchronized long indexRevision(int listId) {
        return indexRevisions.getOrDefault(listId, 0L);
    }
}
