package com.modbench.client;

import com.modbench.api.ImageInput;
import com.modbench.api.ImageModeration;
import com.modbench.model.image.Evaluate;
import com.modbench.model.image.FoundFaces;
import com.modbench.model.image.ImageUrl;
import com.modbench.model.image.MatchResponse;
import com.modbench.model.image.Ocr;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * Operations 3–14 over HTTP, sent as the SDKs send them: raw bytes labelled {@code image/gif} whatever their format,
 * a URL as {@code {"DataRepresentation":"URL","Value":…}}, a cached image as an empty body. All of them are safe to
 * repeat (they change nothing but the endpoint's image cache).
 */
final class RemoteImageModeration implements ImageModeration {

    private static final String PROCESS_IMAGE = "contentmoderator/moderate/v1.0/ProcessImage/";
    private static final MediaType GIF = MediaType.get("image/gif");
    /** Modbench's extension naming which cached image a bare request means; a stock endpoint ignores it. */
    private static final String CACHE_ID = "CacheId";

    private final ApiCaller caller;

    RemoteImageModeration(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Evaluate evaluate(ImageInput image, boolean cacheImage) {
        return post(image, cacheImage(url("Evaluate"), cacheImage), Evaluate.class);
    }

    @Override
    public FoundFaces findFaces(ImageInput image, boolean cacheImage) {
        return post(image, cacheImage(url("FindFaces"), cacheImage), FoundFaces.class);
    }

    @Override
    public Ocr ocr(ImageInput image, String language, boolean cacheImage, boolean enhanced) {
        HttpUrl.Builder url = url("OCR").addQueryParameter("language", language == null ? "eng" : language);
        cacheImage(url, cacheImage).addQueryParameter("enhanced", Boolean.toString(enhanced));
        return post(image, url, Ocr.class);
    }

    @Override
    public MatchResponse match(ImageInput image, Integer listId, boolean cacheImage) {
        HttpUrl.Builder url = url("Match");
        if (listId != null) {
            url.addQueryParameter("listId", listId.toString());
        }
        return post(image, cacheImage(url, cacheImage), MatchResponse.class);
    }

    private <T> T post(ImageInput image, HttpUrl.Builder url, Class<T> type) {
        return caller.json("POST", withCacheId(url, image).build(), body(image), true, type);
    }

    /** The request body of an image operation or of AddImage, in the variant the input calls for. */
    static RequestBody body(ImageInput image) {
        if (image instanceof ImageInput.Bytes bytes) {
            return RequestBody.create(bytes.data(), GIF);
        }
        if (image instanceof ImageInput.Url url) {
            return ApiCaller.jsonBody(ImageUrl.of(url.url()));
        }
        return ApiCaller.emptyBody();
    }

    static HttpUrl.Builder withCacheId(HttpUrl.Builder url, ImageInput image) {
        if (image instanceof ImageInput.Cached cached && cached.cacheId() != null) {
            url.addQueryParameter(CACHE_ID, cached.cacheId());
        }
        return url;
    }

    private HttpUrl.Builder url(String operation) {
        return caller.url(PROCESS_IMAGE + operation);
    }

    private static HttpUrl.Builder cacheImage(HttpUrl.Builder url, boolean cacheImage) {
        return cacheImage ? url.addQueryParameter("CacheImage", "true") : url;
    }
}
