package com.modbench.ui.text;

import com.modbench.api.ScreenOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The curl command for the REST call equivalent to a screen, with the key left in an environment variable. */
public final class CurlCommand {

    private CurlCommand() {
    }

    public static String forScreen(String endpoint, String text, ScreenOptions options) {
        StringBuilder query = new StringBuilder("?autocorrect=").append(options.autocorrect())
                .append("&PII=").append(options.pii())
                .append("&classify=").append(options.classify());
        if (options.language() != null && !options.language().isBlank()) {
            query.append("&language=").append(URLEncoder.encode(options.language(), StandardCharsets.UTF_8));
        }
        if (options.listId() != null) {
            query.append("&listId=").append(options.listId());
        }
        return "curl -sS -X POST \"" + endpoint + "/contentmoderator/moderate/v1.0/ProcessText/Screen/" + query
                + "\" \\\n  -H \"Content-Type: text/plain\" \\\n  -H \"Ocp-Apim-Subscription-Key: $MODBENCH_KEY\" \\\n"
                + "  --data-binary " + shellQuote(text);
    }

    static String shellQuote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
