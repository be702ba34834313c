package com.modbench.server;

import com.modbench.api.Moderator;
import com.modbench.api.TermListExtensions;
import com.modbench.model.extensions.TermBatchItem;
import com.modbench.model.extensions.TermsDeleted;
import io.javalin.http.Context;
import java.util.List;

/** The Modbench extensions of the term-list group (docs/api-extensions.md): batch edits and per-language state. */
final class ExtensionHandlers {

    /** 10,000 terms of up to ~100 bytes each, the most one list holds, fit comfortably. */
    static final int BATCH_LIMIT_BYTES = 4 * 1024 * 1024;

    private final Moderator moderator;

    ExtensionHandlers(Moderator moderator) {
        this.moderator = moderator;
    }

    void languages(Context ctx) {
        int listId = TermListHandlers.listId(ctx);
        JsonResponses.ok(ctx, moderator.termLists().languages(listId).stream().map(TermListExtensions::toWire).toList());
    }

    void batchAdd(Context ctx) {
        int listId = TermListHandlers.listId(ctx);
        List<TermBatchItem> items = RequestBodies.jsonArray(ctx, TermBatchItem.class, BATCH_LIMIT_BYTES);
        JsonResponses.ok(ctx, TermListExtensions.toWire(
                moderator.termLists().addTerms(listId, TermListExtensions.fromWire(items))));
    }

    void batchDelete(Context ctx) {
        int listId = TermListHandlers.listId(ctx);
        String language = QueryParams.of(ctx).requiredString("language");
        List<String> terms = RequestBodies.jsonArray(ctx, String.class, BATCH_LIMIT_BYTES);
        JsonResponses.ok(ctx, new TermsDeleted(moderator.termLists().deleteTerms(listId, language, terms)));
    }
}
