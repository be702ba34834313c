package com.modbench.server;

import static io.javalin.http.HandlerType.POST;

import com.modbench.api.Moderator;
import io.javalin.router.Endpoint;
import java.util.List;

/**
 * Every route of the server, in one place. Paths are case-sensitive as the API wrote them; a trailing slash is
 * optional (the SDKs send {@code Screen/}). Each handler is a thin adapter: parse, call {@link Moderator}, write.
 */
final class ApiRoutes {

    static final String MODERATE = "/contentmoderator/moderate/v1.0";
    static final String LISTS = "/contentmoderator/lists/v1.0";

    private ApiRoutes() {
    }

    static List<Endpoint> all(Moderator moderator) {
        TextHandlers text = new TextHandlers(moderator);
        return List.of(
                new Endpoint(POST, MODERATE + "/ProcessText/Screen", text::screen),
                new Endpoint(POST, MODERATE + "/ProcessText/DetectLanguage", text::detectLanguage));
    }
}
