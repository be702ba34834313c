package com.modbench.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.modbench.api.ErrorCode;
import com.modbench.api.ImageInput;
import com.modbench.api.ImageModeration;
import com.modbench.api.ModeratorException;
import com.modbench.model.Json;
import com.modbench.model.image.ImageUrl;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * The image of an image operation, told apart the way the API's same-path overloads require (contract §5): no body
 * is the "bare" variant (the cached image), {@code application/json} is a URL body, anything else is raw image bytes
 * whose real format the engine sniffs (the SDKs always label them {@code image/gif}).
 */
final class ImageBodies {

    /** Raw images may be 4 MB; the margin lets a slightly larger one reach the engine and get its precise error. */
    static final int IMAGE_LIMIT_BYTES = ImageModeration.MAX_BYTES + 64 * 1024;
    static final int URL_BODY_LIMIT_BYTES = 16 * 1024;

    /** A Modbench extension: names the cached image a bare request means (default: the most recently cached). */
    static final String CACHE_ID_PARAMETER = "CacheId";

    private ImageBodies() {
    }

    /** The request's image; a bare request means a cached image of the caller's key ({@link CachedImageOwners}). */
    static ImageInput image(Context ctx, CachedImageOwners owners) {
        RequestBodies.MediaType type = RequestBodies.MediaType.parse(ctx.header("Content-Type"));
        boolean json = type == null || type.isJson();
        byte[] body = RequestBodies.read(ctx, json ? URL_BODY_LIMIT_BYTES : IMAGE_LIMIT_BYTES);
        if (body.length == 0) {
            return owners.resolve(ctx, QueryParams.of(ctx).string(CACHE_ID_PARAMETER));
        }
        return json ? ImageInput.url(url(body)) : ImageInput.bytes(body);
    }

    private static String url(byte[] body) {
        ImageUrl request;
        try {
            request = Json.mapper().readValue(body, ImageUrl.class);
        } catch (JsonProcessingException e) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, "The request body is not JSON of the form "
                    + "{\"DataRepresentation\":\"URL\",\"Value\":\"https://…\"}: " + e.getOriginalMessage() + ".");
        } catch (IOException e) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, "The request body could not be read as JSON.");
        }
        if (request == null || !"URL".equalsIgnoreCase(request.dataRepresentation())) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                    "DataRepresentation must be \"URL\"; send image bytes as the body instead of JSON.");
        }
        if (request.value() == null || request.value().isBlank()) {
            throw new ModeratorException(ErrorCode.EMPTY_CONTENT,
                    "The image URL is missing: send {\"DataRepresentation\":\"URL\",\"Value\":\"https://…\"}.");
        }
        return request.value().strip();
    }
}
