package com.modbench.client;

import com.modbench.api.ImageInput;
import com.modbench.api.ImageLists;
import com.modbench.model.lists.Image;
import com.modbench.model.lists.ImageIds;
import com.modbench.model.lists.ImageList;
import com.modbench.model.lists.ListBody;
import com.modbench.model.lists.RefreshIndex;
import java.util.Arrays;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Operations 15–26 over HTTP. The additions beyond the contract ({@link #thumbnail}, tags and labels of listed
 * images, index state) keep their defaults: a remote endpoint reports only image ids.
 */
final class RemoteImageLists implements ImageLists {

    private static final String LISTS = "contentmoderator/lists/v1.0/imagelists";

    private final ApiCaller caller;

    RemoteImageLists(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public ImageList create(ListBody body) {
        return caller.json("POST", caller.url(LISTS).build(), ApiCaller.jsonBody(orEmpty(body)), false,
                ImageList.class);
    }

    @Override
    public ImageList update(int listId, ListBody body) {
        return caller.json("PUT", list(listId).build(), ApiCaller.jsonBody(orEmpty(body)), true, ImageList.class);
    }

    @Override
    public ImageList get(int listId) {
        return caller.json("GET", list(listId).build(), null, true, ImageList.class);
    }

    @Override
    public void delete(int listId) {
        caller.send("DELETE", list(listId).build(), null, true);
    }

    @Override
    public List<ImageList> list() {
        return Arrays.asList(caller.json("GET", caller.url(LISTS).build(), null, true, ImageList[].class));
    }

    @Override
    public RefreshIndex refreshIndex(int listId) {
        return caller.json("POST", list(listId).addPathSegment("RefreshIndex").build(), ApiCaller.emptyBody(), true,
                RefreshIndex.class);
    }

    @Override
    public Image addImage(int listId, ImageInput image, Integer tag, String label) {
        HttpUrl.Builder url = imagesOf(listId);
        if (tag != null) {
            url.addQueryParameter("tag", tag.toString());
        }
        if (label != null) {
            url.addQueryParameter("label", label);
        }
        RemoteImageModeration.withCacheId(url, image);
        return caller.json("POST", url.build(), RemoteImageModeration.body(image), false, Image.class);
    }

    @Override
    public ImageIds getAllImageIds(int listId) {
        return caller.json("GET", imagesOf(listId).build(), null, true, ImageIds.class);
    }

    @Override
    public void deleteImage(int listId, int imageId) {
        caller.send("DELETE", imagesOf(listId).addPathSegment(Integer.toString(imageId)).build(), null, true);
    }

    @Override
    public void deleteAllImages(int listId) {
        caller.send("DELETE", imagesOf(listId).build(), null, true);
    }

    private HttpUrl.Builder list(int listId) {
        return caller.url(LISTS).addPathSegment(Integer.toString(listId));
    }

    private HttpUrl.Builder imagesOf(int listId) {
        return list(listId).addPathSegment("images");
    }

    private static ListBody orEmpty(ListBody body) {
        return body == null ? new ListBody(null, null, null) : body;
    }
}
