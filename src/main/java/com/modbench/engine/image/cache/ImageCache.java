package com.modbench.engine.image.cache;

import com.modbench.engine.image.input.DecodedImage;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Images kept with {@code CacheImage=true}, by {@code CacheID} ({@code <guid>_<.NET ticks>}, the service's form).
 * Least recently used images are dropped once the decoded pixels exceed the memory budget.
 */
public final class ImageCache {

    private static final long DOTNET_EPOCH_TICKS = 621_355_968_000_000_000L;

    private final long budgetBytes;
    private final LinkedHashMap<String, DecodedImage> images = new LinkedHashMap<>(16, 0.75f, true);
    private long usedBytes;
    private String newest;

    public ImageCache(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    public synchronized String put(DecodedImage image) {
        Instant now = Instant.now();
        long ticks = DOTNET_EPOCH_TICKS + now.getEpochSecond() * 10_000_000L + now.getNano() / 100;
        String id = UUID.randomUUID() + "_" + ticks;
        images.put(id, image);
        usedBytes += image.heapBytes();
        newest = id;
        evict();
        return id;
    }

    public synchronized Optional<DecodedImage> get(String id) {
        return Optional.ofNullable(images.get(id));
    }

    /** The most recently cached image that is still held. */
    public synchronized Optional<Map.Entry<String, DecodedImage>> newest() {
        DecodedImage image = newest == null ? null : images.get(newest);
        return image == null ? Optional.empty() : Optional.of(Map.entry(newest, image));
    }

    public synchronized int size() {
        return images.size();
    }

    private void evict() {
        Iterator<Map.Entry<String, DecodedImage>> oldestFirst = images.entrySet().iterator();
        while (usedBytes > budgetBytes && images.size() > 1 && oldestFirst.hasNext()) {
            Map.Entry<String, DecodedImage> entry = oldestFirst.next();
            if (entry.getKey().equals(newest)) {
                continue;
            }
            usedBytes -= entry.getValue().heapBytes();
            oldestFirst.remove();
        }
    }
}
