package com.modbench.engine.image;

import com.modbench.api.ErrorCode;
import com.modbench.api.ImageInput;
import com.modbench.api.ImageLists;
import com.modbench.api.ModeratorException;
import com.modbench.engine.image.lists.DHash;
import com.modbench.engine.image.lists.ImageListRepository;
import com.modbench.engine.image.lists.ImageMatcher;
import com.modbench.engine.image.lists.IndexedImage;
import com.modbench.engine.image.lists.OrbFeatures;
import com.modbench.engine.image.lists.OrbVerifier;
import com.modbench.engine.image.lists.StoredImage;
import com.modbench.engine.lists.ListBodyRules;
import com.modbench.engine.lists.TermListLimits;
import com.modbench.engine.text.TextScreener;
import com.modbench.model.KeyValuePair;
import com.modbench.model.Status;
import com.modbench.model.image.MatchResponse;
import com.modbench.model.lists.Image;
import com.modbench.model.lists.ImageIds;
import com.modbench.model.lists.ImageList;
import com.modbench.model.lists.ListBody;
import com.modbench.model.lists.RefreshIndex;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Operations 15–26 over an {@link ImageListRepository}, plus matching against the refreshed indexes. */
final class EmbeddedImageLists implements ImageLists {

    static final int MAX_LABEL_LENGTH = 500;

    private final ImageListRepository repository;
    private final ImageInputResolver resolver;
    private final ImageMatcher matcher;
    private final ListBodyRules bodyRules = new ListBodyRules(TermListLimits.DEFAULT);

    EmbeddedImageLists(ImageListRepository repository, ImageInputResolver resolver, int matchMaxDistance) {
        this.repository = repository;
        this.resolver = resolver;
        this.matcher = new ImageMatcher(repository, matchMaxDistance);
    }

    @Override
    public ImageList create(ListBody body) {
        bodyRules.check(body);
        return repository.inTransaction(() -> {
            if (repository.lists().size() >= MAX_LISTS) {
                throw new ModeratorException(ErrorCode.LIMIT_EXCEEDED, "There are already " + MAX_LISTS
                        + " image lists, the most allowed; delete one before creating another.");
            }
            return repository.createList(body == null ? new ListBody(null, null, null) : body);
        });
    }

    /** Null fields keep their value ("" and {} clear), as for term lists. */
    @Override
    public ImageList update(int listId, ListBody body) {
        bodyRules.check(body);
        return repository.inTransaction(() -> {
            ImageList current = get(listId);
            if (body == null) {
                return current;
            }
            return repository.updateList(listId, new ListBody(
                    body.name() != null ? body.name() : current.name(),
                    body.description() != null ? body.description() : current.description(),
                    body.metadata() != null ? body.metadata() : current.metadata())).orElseThrow(() -> notFound(listId));
        });
    }

    @Override
    public ImageList get(int listId) {
        return repository.findList(listId).orElseThrow(() -> notFound(listId));
    }

    @Override
    public void delete(int listId) {
        if (!repository.deleteList(listId)) {
            throw notFound(listId);
        }
        matcher.invalidate(listId);
    }

    @Override
    public List<ImageList> list() {
        return repository.lists();
    }

    @Override
    public RefreshIndex refreshIndex(int listId) {
        get(listId);
        List<IndexedImage> entries = repository.images(listId).stream()
                .map(i -> new IndexedImage(i.id(), listId, i.hash(), i.tag() == null ? List.of() : List.of(i.tag()),
                        i.label()))
                .toList();
        repository.replaceIndex(listId, entries);
        matcher.invalidate(listId);
        return new RefreshIndex(Integer.toString(listId), true, List.of(),
                Status.ok("RefreshIndex successfully completed."), TextScreener.newTrackingId());
    }

    @Override
    public Image addImage(int listId, ImageInput input, Integer tag, String label) {
        get(listId);
        if (label != null && label.length() > MAX_LABEL_LENGTH) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, "The label is " + label.length()
                    + " characters long; at most " + MAX_LABEL_LENGTH + " are allowed.");
        }
        ResolvedImage image = resolver.resolve(input, false);
        long hash = DHash.of(image.image().rgb());
        byte[] features = OrbVerifier.extract(image.image().rgb()).toBytes();
        byte[] thumbnail = Thumbnails.jpeg(image.image().rgb());
        StoredImage stored = repository.inTransaction(() -> {
            get(listId);
            if (repository.imageCount(listId) >= MAX_IMAGES_PER_LIST) {
                throw new ModeratorException(ErrorCode.LIMIT_EXCEEDED, "Image list " + listId + " already holds "
                        + MAX_IMAGES_PER_LIST + " images, the most allowed.");
            }
            return repository.addImage(listId, hash, features, tag, label, thumbnail);
        });
        return new Image(Integer.toString(stored.id()), List.of(new KeyValuePair("Source", Integer.toString(listId))),
                Status.ok(), TextScreener.newTrackingId());
    }

    @Override
    public ImageIds getAllImageIds(int listId) {
        get(listId);
        List<Integer> ids = repository.images(listId).stream().map(StoredImage::id).toList();
        return new ImageIds(Integer.toString(listId), ids, Status.ok(), TextScreener.newTrackingId());
    }

    @Override
    public void deleteImage(int listId, int imageId) {
        get(listId);
        if (!repository.deleteImage(listId, imageId)) {
            throw new ModeratorException(ErrorCode.NOT_FOUND, "Image list " + listId + " has no image " + imageId
                    + ".");
        }
    }

    @Override
    public void deleteAllImages(int listId) {
        get(listId);
        repository.deleteAllImages(listId);
    }

    @Override
    public Optional<byte[]> thumbnail(int listId, int imageId) {
        return repository.thumbnail(listId, imageId);
    }

    @Override
    public List<ListedImage> images(int listId) {
        get(listId);
        return repository.images(listId).stream().map(i -> new ListedImage(i.id(), i.tag(), i.label())).toList();
    }

    @Override
    public Optional<Boolean> isIndexCurrent(int listId) {
        get(listId);
        Set<Integer> indexed = repository.index(listId).stream().map(IndexedImage::imageId).collect(Collectors.toSet());
        Set<Integer> current = repository.images(listId).stream().map(StoredImage::id).collect(Collectors.toSet());
        return Optional.of(repository.indexRevision(listId) > 0 && indexed.equals(current)
                || repository.indexRevision(listId) == 0 && current.isEmpty());
    }

    List<MatchResponse.Match> match(long hash, Supplier<OrbFeatures> query, Integer listId) {
        List<Integer> listIds = listId != null ? List.of(get(listId).id())
                : repository.lists().stream().map(ImageList::id).toList();
        return matcher.match(hash, query, listIds);
    }

    private static ModeratorException notFound(int listId) {
        return new ModeratorException(ErrorCode.NOT_FOUND, "There is no image list with id " + listId + ".");
    }
}
