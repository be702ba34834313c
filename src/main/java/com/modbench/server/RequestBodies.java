package com.modbench.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import com.modbench.model.Json;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Reads request bodies with the checks every route needs: the content type, a size limit enforced before and while
 * reading (a declared {@code Content-Length} over the limit is refused without reading a byte), strict decoding,
 * and a read that fails with 408 when the client stops sending.
 */
final class RequestBodies {

    /** Text bodies: 1,024 characters is the API's limit; this leaves room to report "too long" with the count. */
    static final int TEXT_LIMIT_BYTES = 64 * 1024;
    static final int JSON_LIMIT_BYTES = 64 * 1024;
    /** Unread request bodies up to this size are read to their end before an error answers them. */
    static final int DRAIN_LIMIT_BYTES = 8 * 1024 * 1024;

    static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/html", "text/xml", "text/markdown");

    private RequestBodies() {
    }

    /** The body of a text operation (Screen, DetectLanguage): one of {@link #TEXT_TYPES}, decoded strictly. */
    static String text(Context ctx) {
        MediaType type = MediaType.parse(ctx.header("Content-Type"));
        if (type == null) {
            throw new ModeratorException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type header is missing; send the text as one of " + textTypes() + ".");
        }
        if (!TEXT_TYPES.contains(type.essence())) {
            throw new ModeratorException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + type.essence()
                    + "' is not accepted here; send the text as one of " + textTypes() + ".");
        }
        return decode(read(ctx, TEXT_LIMIT_BYTES), charsetOf(type));
    }

    /** A JSON object body (list create or update), as {@code type}. A missing Content-Type is taken as JSON. */
    static <T> T jsonObject(Context ctx, Class<T> type) {
        JsonNode tree = jsonTree(ctx, JSON_LIMIT_BYTES, "a JSON object such as {\"Name\":\"…\",\"Description\":\"…\"}");
        if (!tree.isObject()) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, "The request body must be a JSON object.");
        }
        return convert(tree, Json.mapper().constructType(type));
    }

    /** A JSON array body (the batch extensions), as a list of {@code elementType}; up to {@code limit} bytes. */
    static <T> List<T> jsonArray(Context ctx, Class<T> elementType, int limit) {
        JsonNode tree = jsonTree(ctx, limit, "a JSON array");
        if (!tree.isArray()) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, "The request body must be a JSON array.");
        }
        return convert(tree, Json.mapper().getTypeFactory().constructCollectionType(List.class, elementType));
    }

    private static JsonNode jsonTree(Context ctx, int limit, String expected) {
        MediaType mediaType = MediaType.parse(ctx.header("Content-Type"));
        if (mediaType != null && !mediaType.isJson()) {
            throw new ModeratorException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + mediaType.essence()
                    + "' is not accepted here; send " + expected + " as application/json.");
        }
        byte[] bytes = read(ctx, limit);
        if (bytes.length == 0) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                    "The request body is empty; " + expected + " is expected.");
        }
        try {
            JsonNode tree = Json.mapper().readTree(decode(bytes, StandardCharsets.UTF_8));
            if (tree == null || tree.isMissingNode()) {
                throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, "The request body holds no JSON value.");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, "The request body is not valid JSON: "
                    + e.getOriginalMessage() + locationOf(e) + ".");
        }
    }

    private static <T> T convert(JsonNode tree, JavaType type) {
        try {
            return Json.mapper().treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String detail = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                    "The request body has the wrong shape: " + detail + ".");
        }
    }

    /** Reads at most {@code limit} bytes; more (declared or sent) is 413, a stalled client 408. */
    static byte[] read(Context ctx, int limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(declared + " bytes", limit);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 256);
        byte[] chunk = new byte[8192];
        try {
            InputStream in = ctx.req().getInputStream(); // the container's: closing it is the container's job
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                if (body.size() + n > limit) {
                    throw tooLarge("more than " + limit + " bytes", limit); // the error response drains the rest
                }
                body.write(chunk, 0, n);
            }
        } catch (IOException e) {
            if (isTimeout(e)) {
                throw new ModeratorException(ErrorCode.REQUEST_TIMEOUT,
                        "The request body stopped arriving before it was complete; the connection timed out.");
            }
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                    "The request body could not be read completely: " + e.getMessage());
        }
        return body.toByteArray();
    }

    /**
     * Reads and drops what is left of the request body before an error response, so that a client still sending it
     * reads that response: Jetty closes a connection whose request body is left unread, and a client still writing
     * the body then meets a reset connection instead of our 4xx (an upload to an unknown list, a missing key, a body
     * refused for its declared size). A body declared larger than {@link #DRAIN_LIMIT_BYTES} is not read; one read
     * already reads as ended.
     */
    static void discardUnread(Context ctx) {
        if (ctx.req().getContentLengthLong() > DRAIN_LIMIT_BYTES) {
            return;
        }
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] chunk = new byte[8192];
            long drained = 0;
            for (int n = in.read(chunk); n >= 0 && drained < DRAIN_LIMIT_BYTES; n = in.read(chunk)) {
                drained += n;
            }
        } catch (IOException | IllegalStateException e) {
            // the client stopped sending or the body is gone: Jetty closes the connection either way
        }
    }

    private static ModeratorException tooLarge(String size, int limit) {
        return new ModeratorException(ErrorCode.TOO_LARGE,
                "The request body is " + size + "; this operation accepts at most " + limit + " bytes.");
    }

    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                    "The request body is not valid " + charset.name() + " text.");
        }
    }

    private static Charset charsetOf(MediaType type) {
        if (type.charset() == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(type.charset());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ModeratorException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "The charset '" + type.charset() + "' is not supported; send UTF-8.");
        }
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String textTypes() {
        return String.join(", ", TEXT_TYPES.stream().sorted().toList());
    }

    /** The parts of a Content-Type we use: {@code type/subtype} in lower case and the charset parameter. */
    record MediaType(String essence, String charset) {

        static MediaType parse(String header) {
            if (header == null || header.isBlank()) {
                return null;
            }
            String[] parts = header.split(";");
            String charset = null;
            for (int i = 1; i < parts.length; i++) {
                String[] pair = parts[i].split("=", 2);
                if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                    charset = pair[1].strip().replace("\"", "");
                }
            }
            return new MediaType(parts[0].strip().toLowerCase(Locale.ROOT), charset);
        }

        boolean isJson() {
            return essence.equals("application/json") || essence.endsWith("+json");
        }
    }
}
