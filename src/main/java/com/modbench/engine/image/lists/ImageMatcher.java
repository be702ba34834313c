package com.modbench.engine.image.lists;

import com.modbench.model.image.MatchResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Matches an image hash against the refreshed index of each list. Indexes are read from the repository and kept
 * with the revision they had; one small query per match notices a refresh made elsewhere (another process). A list holds at most 10,000 images, so a linear scan of
 * 64-bit hashes (a few microseconds) needs no tree.
 */
public final class ImageMatcher {

    private final ImageListRepository repository;
    private final int maxDistance;
    private record Loaded(long revision, List<IndexedImage> entries) {
    }

    private final Map<Integer, Loaded> loaded = new ConcurrentHashMap<>();

    public ImageMatcher(ImageListRepository repository, int maxDistance) {
        this.repository = repository;
        this.maxDistance = maxDistance;
    }

    /** Matches in the given lists, best first. Score = 1 − differing bits / 64. */
    public List<MatchResponse.Match> match(long hash, List<Integer> listIds) {
        List<MatchResponse.Match> matches = new ArrayList<>();
        for (int listId : listIds) {
            for (IndexedImage image : current(listId)) {
                int distance = DHash.distance(hash, image.hash());
                if (distance <= maxDistance) {
                    double score = Math.round((1 - distance / 64.0) * 10_000) / 10_000.0;
                    matches.add(new MatchResponse.Match(score, image.imageId(), Integer.toString(listId),
                            image.tags(), image.label()));
                }
            }
        }
        matches.sort(Comparator.comparingDouble(MatchResponse.Match::score).reversed()
                .thenComparingInt(MatchResponse.Match::matchId));
        return matches;
    }

    private List<IndexedImage> current(int listId) {
        long revision = repository.indexRevision(listId);
        Loaded cached = loaded.get(listId);
        if (cached == null || cached.revision() != revision) {
            cached = new Loaded(revision, repository.index(listId));
            loaded.put(listId, cached);
        }
        return cached.entries();
    }

    /** Forgets the cached index of a list (after a refresh or a deletion). */
    public void invalidate(int listId) {
        loaded.remove(listId);
    }
}
