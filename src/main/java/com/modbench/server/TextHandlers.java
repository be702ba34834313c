package com.modbench.server;

import com.modbench.api.Moderator;
import com.modbench.api.ScreenOptions;
import io.javalin.http.Context;
import java.util.Set;

/** Operations 1–2: {@code ProcessText/Screen} and {@code ProcessText/DetectLanguage}. */
final class TextHandlers {

    /** The PII extension parameter (docs/api-extensions.md): {@code extended}, {@code strict}, or both. */
    static final String PII_EXTENSIONS = "modbench-pii";

    private final Moderator moderator;

    TextHandlers(Moderator moderator) {
        this.moderator = moderator;
    }

    void screen(Context ctx) {
        QueryParams query = QueryParams.of(ctx);
        Set<String> piiExtensions = query.choices(PII_EXTENSIONS, Set.of("extended", "strict"));
        ScreenOptions options = new ScreenOptions(query.string("language"), query.bool("autocorrect", false),
                query.bool("PII", false), query.integer("listId"), query.bool("classify", false),
                piiExtensions.contains("extended"), piiExtensions.contains("strict"));
        String text = RequestBodies.text(ctx);
        JsonResponses.ok(ctx, moderator.text().screen(text, options));
    }

    void detectLanguage(Context ctx) {
        String text = RequestBodies.text(ctx);
        JsonResponses.ok(ctx, moderator.text().detectLanguage(text));
    }
}
