package com.modbench.server;

import com.modbench.api.Moderator;
import com.modbench.api.ScreenOptions;
import io.javalin.http.Context;

/** Operations 1–2: {@code ProcessText/Screen} and {@code ProcessText/DetectLanguage}. */
final class TextHandlers {

    private final Moderator moderator;

    TextHandlers(Moderator moderator) {
        this.moderator = moderator;
    }

    void screen(Context ctx) {
        QueryParams query = QueryParams.of(ctx);
        ScreenOptions options = new ScreenOptions(query.string("language"), query.bool("autocorrect", false),
                query.bool("PII", false), query.integer("listId"), query.bool("classify", false));
        String text = RequestBodies.text(ctx);
        JsonResponses.ok(ctx, moderator.text().screen(text, options));
    }

    void detectLanguage(Context ctx) {
        String text = RequestBodies.text(ctx);
        JsonResponses.ok(ctx, moderator.text().detectLanguage(text));
    }
}
