package com.modbench.server;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import com.modbench.api.Moderator;
import com.modbench.api.TermLists;
import com.modbench.model.lists.ListBody;
import io.javalin.http.Context;

/**
 * Operations 27–36: term lists and their terms, with the exact success codes the SDKs accept: 200 with {@code ""}
 * for deleting a list, 201 with no body for AddTerm, 204 for DeleteTerm and DeleteAllTerms.
 */
final class TermListHandlers {

    private final Moderator moderator;

    TermListHandlers(Moderator moderator) {
        this.moderator = moderator;
    }

    private TermLists lists() {
        return moderator.termLists();
    }

    void getDetails(Context ctx) {
        JsonResponses.ok(ctx, lists().get(listId(ctx)));
    }

    void delete(Context ctx) {
        lists().delete(listId(ctx));
        JsonResponses.emptyString(ctx);
    }

    void update(Context ctx) {
        int listId = listId(ctx);
        JsonResponses.ok(ctx, lists().update(listId, RequestBodies.jsonObject(ctx, ListBody.class)));
    }

    void create(Context ctx) {
        JsonResponses.ok(ctx, lists().create(RequestBodies.jsonObject(ctx, ListBody.class)));
    }

    void getAll(Context ctx) {
        JsonResponses.ok(ctx, lists().list());
    }

    void refreshIndex(Context ctx) {
        int listId = listId(ctx);
        JsonResponses.ok(ctx, lists().refreshIndex(listId, QueryParams.of(ctx).requiredString("language")));
    }

    void addTerm(Context ctx) {
        int listId = listId(ctx);
        lists().addTerm(listId, ctx.pathParam("term"), QueryParams.of(ctx).requiredString("language"));
        JsonResponses.noBody(ctx, 201);
    }

    void deleteTerm(Context ctx) {
        int listId = listId(ctx);
        lists().deleteTerm(listId, ctx.pathParam("term"), QueryParams.of(ctx).requiredString("language"));
        JsonResponses.noBody(ctx, 204);
    }

    void getAllTerms(Context ctx) {
        int listId = listId(ctx);
        QueryParams query = QueryParams.of(ctx);
        String language = query.requiredString("language");
        JsonResponses.ok(ctx, lists().getAllTerms(listId, language, query.integer("offset"), query.integer("limit")));
    }

    void deleteAllTerms(Context ctx) {
        int listId = listId(ctx);
        lists().deleteAllTerms(listId, QueryParams.of(ctx).requiredString("language"));
        JsonResponses.noBody(ctx, 204);
    }

    /** The {@code {listId}} path segment: a string on the wire, but list ids are whole numbers. */
    static int listId(Context ctx) {
        String raw = ctx.pathParam("listId");
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                    "The list id must be a whole number, not '" + raw + "'.");
        }
    }
}
