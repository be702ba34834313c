package com.modbench.engine.image;

import com.modbench.api.ErrorCode;
import com.modbench.api.ImageInput;
import com.modbench.api.ImageLists;
import com.modbench.api.ModeratorException;
import com.modbench.engine.image.lists.DHash;
import com.modbench.engine.image.lists.ImageListRepository;
import com.modbench.engine.image.lists.ImageMatcher;
import com.modbench.engine.image.lists.IndexedImage;
import com.modbench.engine.image.lists.StoredImage;
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

/** Operations 15–26 over an {@link ImageListRepository}, plus matching against the refreshed indexes. */
final class EmbeddedImageLists implements ImageLists {

    private final ImageListRepository repository;
    private final ImageInputResolver resolver;
    private final ImageMatcher matcher;

    EmbeddedImageLists(ImageListRepository repository, ImageInputResolver resolver, int matchMaxDistance) {
        this.repository = repository;
        this.resolver = resolver;
        this.matcher = new ImageMatcher(repository, matchMaxDistance);
    }

    @Override
    public synchronized ImageList create(ListBody body) {
        if (repository.lists().size() >= MAX_LISTS) {
            throw new ModeratorException(ErrorCode.LIMIT_EXCEEDED, "There are already " + MAX_LISTS
                    + " image lists, the most allowed; delete one first.");
        }
        return repository.createList(body == null ? new ListBody(null, null, null) : body);
    }

    @Override
    public ImageList update(int listId, ListBody body) {
        return repository.updateList(listId, body == null ? new ListBody(null, null, null) : body)
                .orElseThrow(() -> notFound(listId));
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
    public synchronized Image addImage(int listId, ImageInput input, Integer tag, String label) {
        get(listId);
        if (repository.imageCount(listId) >= MAX_IMAGES_PER_LIST) {
            throw new ModeratorException(ErrorCode.LIMIT_EXCEEDED, "Image list " + listId + " already holds "
                    + MAX_IMAGES_PER_LIST + " images, the most allowed.");
        }
        ResolvedImage image = resolver.resolve(input, false);
        StoredImage stored = repository.addImage(listId, DHash.of(image.image().rgb()), tag, label,
                Thumbnails.jpeg(image.image().rgb()));
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

    List<MatchResponse.Match> match(long hash, Integer listId) {
        List<Integer> listIds = listId != null ? List.of(get(listId).id())
                : repository.lists().stream().map(ImageList::id).toList();
        return matcher.match(hash, listIds);
    }

    private static ModeratorException notFound(int listId) {
        return new ModeratorException(ErrorCode.NOT_FOUND, "There is no image list with id " + listId + ".");
    }
}
