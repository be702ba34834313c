package com.modbench.server;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static io.javalin.http.HandlerType.PUT;

import com.modbench.api.Moderator;
import com.modbench.api.TermListExtensions;
import io.javalin.router.Endpoint;
import java.util.List;

/**
 * Every route of the server, in one place, numbered as in the API contract's operation index. Paths are
 * case-sensitive as the API wrote them; a trailing slash is optional (the SDKs send {@code Screen/}). Each handler
 * is a thin adapter: parse, call {@link Moderator}, write.
 */
final class ApiRoutes {

    static final String MODERATE = "/contentmoderator/moderate/v1.0";
    static final String PROCESS_IMAGE = MODERATE + "/ProcessImage";
    static final String IMAGE_LISTS = "/contentmoderator/lists/v1.0/imagelists";
    static final String TERM_LISTS = "/contentmoderator/lists/v1.0/termlists";
    static final String EXTENSIONS = "/" + TermListExtensions.PREFIX + "{listId}";

    private ApiRoutes() {
    }

    static List<Endpoint> all(Moderator moderator) {
        TextHandlers text = new TextHandlers(moderator);
        TermListHandlers lists = new TermListHandlers(moderator);
        CachedImageOwners cachedImages = new CachedImageOwners();
        ImageHandlers images = new ImageHandlers(moderator, cachedImages);
        ImageListHandlers imageLists = new ImageListHandlers(moderator, cachedImages);
        ExtensionHandlers extensions = new ExtensionHandlers(moderator);
        return List.of(
                /* 1 */ new Endpoint(POST, MODERATE + "/ProcessText/Screen", text::screen),
                /* 2 */ new Endpoint(POST, MODERATE + "/ProcessText/DetectLanguage", text::detectLanguage),
                /* 3-5 */ new Endpoint(POST, PROCESS_IMAGE + "/Evaluate", images::evaluate),
                /* 6-8 */ new Endpoint(POST, PROCESS_IMAGE + "/FindFaces", images::findFaces),
                /* 9-11 */ new Endpoint(POST, PROCESS_IMAGE + "/OCR", images::ocr),
                /* 12-14 */ new Endpoint(POST, PROCESS_IMAGE + "/Match", images::match),
                /* 15 */ new Endpoint(GET, IMAGE_LISTS + "/{listId}", imageLists::getDetails),
                /* 16 */ new Endpoint(DELETE, IMAGE_LISTS + "/{listId}", imageLists::delete),
                /* 17 */ new Endpoint(PUT, IMAGE_LISTS + "/{listId}", imageLists::update),
                /* 18 */ new Endpoint(POST, IMAGE_LISTS, imageLists::create),
                /* 19 */ new Endpoint(GET, IMAGE_LISTS, imageLists::getAll),
                /* 20 */ new Endpoint(POST, IMAGE_LISTS + "/{listId}/RefreshIndex", imageLists::refreshIndex),
                /* 21-23 */ new Endpoint(POST, IMAGE_LISTS + "/{listId}/images", imageLists::addImage),
                /* 24 */ new Endpoint(DELETE, IMAGE_LISTS + "/{listId}/images", imageLists::deleteAllImages),
                /* 25 */ new Endpoint(GET, IMAGE_LISTS + "/{listId}/images", imageLists::getAllImageIds),
                /* 26 */ new Endpoint(DELETE, IMAGE_LISTS + "/{listId}/images/{ImageId}", imageLists::deleteImage),
                /* 27 */ new Endpoint(GET, TERM_LISTS + "/{listId}", lists::getDetails),
                /* 28 */ new Endpoint(DELETE, TERM_LISTS + "/{listId}", lists::delete),
                /* 29 */ new Endpoint(PUT, TERM_LISTS + "/{listId}", lists::update),
                /* 30 */ new Endpoint(POST, TERM_LISTS, lists::create),
                /* 31 */ new Endpoint(GET, TERM_LISTS, lists::getAll),
                /* 32 */ new Endpoint(POST, TERM_LISTS + "/{listId}/RefreshIndex", lists::refreshIndex),
                /* 33 */ new Endpoint(POST, TERM_LISTS + "/{listId}/terms/{term}", lists::addTerm),
                /* 34 */ new Endpoint(DELETE, TERM_LISTS + "/{listId}/terms/{term}", lists::deleteTerm),
                /* 35 */ new Endpoint(GET, TERM_LISTS + "/{listId}/terms", lists::getAllTerms),
                /* 36 */ new Endpoint(DELETE, TERM_LISTS + "/{listId}/terms", lists::deleteAllTerms),
                new Endpoint(GET, EXTENSIONS + TermListExtensions.LANGUAGES, extensions::languages),
                new Endpoint(POST, EXTENSIONS + TermListExtensions.BATCH_ADD, extensions::batchAdd),
                new Endpoint(POST, EXTENSIONS + TermListExtensions.BATCH_DELETE, extensions::batchDelete));
    }
}
