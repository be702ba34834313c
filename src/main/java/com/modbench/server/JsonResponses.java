package com.modbench.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.modbench.model.Json;
import io.javalin.http.Context;

/** Success responses: the wire records as JSON, or the exact empty bodies some operations must return. */
final class JsonResponses {

    private JsonResponses() {
    }

    static void ok(Context ctx, Object body) {
        write(ctx, 200, body);
    }

    static void write(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType(ErrorResponses.JSON_UTF8).result(Json.mapper().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }

    /** 200 with the JSON string {@code ""}: what the list deletes return and the SDKs expect. */
    static void emptyString(Context ctx) {
        ctx.status(200).contentType(ErrorResponses.JSON_UTF8).result("\"\"");
    }

    /** A status with no body at all (201 for AddTerm, 204 for the term deletes). */
    static void noBody(Context ctx, int status) {
        ctx.status(status).result(new byte[0]);
    }
}
