package com.modbench.engine.image.lists;

import com.modbench.model.image.MatchResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Matches an image hash against the refreshed index of each list. Indexes are read from the repository and kept
 * with the revision they had; one small query per match notices a refresh made elsewhere (another process). A list holds at most 10,000 images, so a linear scan of
 * 64-bit hashes (a few microseconds) needs no tree.
 */
public final class ImageMatcher {

    static final int VERIFY_MAX_DISTANCE = 28;
    static final int VERIFY_CANDIDATES = 10;

    private final ImageListRepository repository;
    private final int maxDistance;
    private record Loaded(long revision, List<IndexedImage> entries) {
    }

    private final Map<Integer, Loaded> loaded = new ConcurrentHashMap<>();

    public ImageMatcher(ImageListRepository repository, int maxDistance) {
        this.repository = repository;
        this.maxDistance = maxDistance;
    }

    /**
     * Matches in the given lists, best first. Score = 1 − differing bits / 64. When no image of a list is within
     * the hash distance, its {@value #VERIFY_CANDIDATES} nearest images within {@value #VERIFY_MAX_DISTANCE} bits
     * are checked with ORB features ({@code query} is computed only then).
     */
    public List<MatchResponse.Match> match(long hash, Supplier<OrbFeatures> query, List<Integer> listIds) {
        List<MatchResponse.Match> matches = new ArrayList<>();
        for (int listId : listIds) {
            List<IndexedImage> near = new ArrayList<>();
            boolean hashHit = false;
            for (IndexedImage image : current(listId)) {
                int distance = DHash.distance(hash, image.hash());
                if (distance <= maxDistance) {
                    matches.add(match(listId, image, distance));
                    hashHit = true;
                } else if (distance <= VERIFY_MAX_DISTANCE) {
                    near.add(image);
                }
            }
            if (!hashHit) {
                near.sort(Comparator.comparingInt(image -> DHash.distance(hash, image.hash())));
                for (IndexedImage image : near.subList(0, Math.min(VERIFY_CANDIDATES, near.size()))) {
                    Optional<byte[]> stored = repository.indexedFeatures(listId, image.imageId());
                    if (stored.isPresent() && OrbVerifier.inliers(query.get(), OrbFeatures.fromBytes(stored.get()))
                            >= OrbVerifier.MIN_INLIERS) {
                        matches.add(match(listId, image, DHash.distance(hash, image.hash())));
                    }
                }
            }
        }
        matches.sort(Comparator.comparingDouble(MatchResponse.Match::score).reversed()
                .thenComparingInt(MatchResponse.Match::matchId));
        return matches;
    }

    private static MatchResponse.Match match(int listId, IndexedImage image, int distance) {
        double score = Math.round((1 - distance / 64.0) * 10_000) / 10_000.0;
        return new MatchResponse.Match(score, image.imageId(), Integer.toString(listId), image.tags(),
                image.label());
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
