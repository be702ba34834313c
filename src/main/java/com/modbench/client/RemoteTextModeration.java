package com.modbench.client;

import com.modbench.api.ScreenOptions;
import com.modbench.api.TextModeration;
import com.modbench.model.text.DetectedLanguage;
import com.modbench.model.text.Screen;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/** Operations 1–2 over HTTP, sent as the SDKs send them: raw UTF-8 text as {@code text/plain}, no charset. */
final class RemoteTextModeration implements TextModeration {

    private static final MediaType TEXT_PLAIN = MediaType.get("text/plain");
    private static final String TEXT = "contentmoderator/moderate/v1.0/ProcessText/";

    private final ApiCaller caller;

    RemoteTextModeration(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public Screen screen(String text, ScreenOptions options) {
        HttpUrl.Builder url = caller.url(TEXT + "Screen/");
        if (options.language() != null) {
            url.addQueryParameter("language", options.language());
        }
        if (options.autocorrect()) {
            url.addQueryParameter("autocorrect", "true");
        }
        if (options.pii()) {
            url.addQueryParameter("PII", "true");
        }
        if (options.listId() != null) {
            url.addQueryParameter("listId", options.listId().toString());
        }
        if (options.classify()) {
            url.addQueryParameter("classify", "true");
        }
        if (options.extendedPii() || options.strictPii()) {
            url.addQueryParameter("modbench-pii", options.extendedPii() && options.strictPii() ? "extended,strict"
                    : options.extendedPii() ? "extended" : "strict");
        }
        return caller.json("POST", url.build(), textBody(text), true, Screen.class);
    }

    @Override
    public DetectedLanguage detectLanguage(String text) {
        return caller.json("POST", caller.url(TEXT + "DetectLanguage").build(), textBody(text), true,
                DetectedLanguage.class);
    }

    private static RequestBody textBody(String text) {
        return RequestBody.create(text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8), TEXT_PLAIN);
    }
}
