package com.modbench.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import com.modbench.model.Json;
import io.javalin.http.Context;

/**
 * The two error bodies the server sends: the service's PascalCase {@code APIError} for everything, except a missing
 * or wrong key, which the Azure gateway (not the service) answered with its lowercase shape. SDKs and scripts
 * written against the service parse exactly these.
 */
final class ErrorResponses {

    static final String JSON_UTF8 = "application/json; charset=utf-8";

    /** The gateway's words, kept verbatim: clients match on them. */
    static final String ACCESS_DENIED_MESSAGE = "Access denied due to invalid subscription key or wrong API endpoint. "
            + "Make sure to provide a valid key for an active subscription and use a correct regional API endpoint "
            + "for your resource.";

    private ErrorResponses() {
    }

    static void write(Context ctx, ModeratorException error) {
        if (error.httpStatus() != ErrorCode.REQUEST_TIMEOUT.httpStatus()) { // a stalled client sends nothing more
            RequestBodies.discardUnread(ctx);
        }
        ctx.status(error.httpStatus()).contentType(JSON_UTF8).result(Json.write(error.toApiError()));
    }

    static void write(Context ctx, ErrorCode code, String message) {
        write(ctx, new ModeratorException(code, message));
    }

    static void writeAccessDenied(Context ctx) {
        RequestBodies.discardUnread(ctx);
        ctx.status(401).contentType(JSON_UTF8).result(accessDeniedBody());
    }

    static String accessDeniedBody() {
        ObjectNode body = Json.mapper().createObjectNode();
        body.putObject("error").put("code", "401").put("message", ACCESS_DENIED_MESSAGE);
        return Json.write(body);
    }

    /** Our error code for a status we did not choose ourselves (one Jetty or Javalin produced). */
    static ErrorCode codeFor(int status) {
        for (ErrorCode code : ErrorCode.values()) {
            if (code.httpStatus() == status) {
                return code;
            }
        }
        return status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.INVALID_ARGUMENT;
    }
}
