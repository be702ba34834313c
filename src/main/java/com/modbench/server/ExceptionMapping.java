package com.modbench.server;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.UUID;

/**
 * Turns every failure inside a route into an error body. The caller's mistakes arrive as
 * {@link ModeratorException} (4xx); anything else is our bug: 500 with a reference that is also written to the
 * error log, so the caller sees no internals.
 */
final class ExceptionMapping {

    private ExceptionMapping() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(ModeratorException.class, (e, ctx) -> ErrorResponses.write(ctx, e));
        routes.exception(AccessDenied.class, (e, ctx) -> ErrorResponses.writeAccessDenied(ctx));
        routes.exception(HttpResponseException.class, ExceptionMapping::javalinResponse);
        routes.exception(Exception.class, ExceptionMapping::unexpected);
    }

    /** Javalin's own answers: no such route (404) and wrong method (405). */
    private static void javalinResponse(HttpResponseException e, Context ctx) {
        String target = ctx.method().name() + " " + ctx.path();
        switch (e.getStatus()) {
            case 404 -> ErrorResponses.write(ctx, ErrorCode.NOT_FOUND, "There is no operation at " + target
                    + ". Paths are case-sensitive, e.g. /contentmoderator/moderate/v1.0/ProcessText/Screen/.");
            case 405 -> {
                String allowed = e.getDetails().values().stream().findFirst().orElse("");
                ctx.header("Allow", allowed);
                ErrorResponses.write(ctx, ErrorCode.METHOD_NOT_ALLOWED,
                        ctx.method().name() + " is not allowed on " + ctx.path() + "; use " + allowed + ".");
            }
            default -> ErrorResponses.write(ctx, ErrorResponses.codeFor(e.getStatus()), e.getMessage());
        }
    }

    private static void unexpected(Exception e, Context ctx) {
        String reference = UUID.randomUUID().toString();
        System.err.println("Internal error " + reference + " on " + ctx.method().name() + " " + ctx.path());
        e.printStackTrace();
        ErrorResponses.write(ctx, ErrorCode.INTERNAL_ERROR,
                "The server failed to handle this request (reference " + reference + ").");
    }
}
