package com.modbench.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import com.modbench.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads an error response into a {@link ModeratorException}: the service's {@code {"Error":{"Code","Message"}}},
 * the gateway's lowercase {@code {"error":{"code","message"}}} (code named by its status, e.g.
 * {@code Unauthorized}), or, for anything else (a proxy's HTML page), the
 * status with the start of the body.
 */
final class ErrorBodies {

    private static final int SHOWN_BODY_CHARS = 200;

    private ErrorBodies() {
    }

    static ModeratorException toException(int status, byte[] body) {
        JsonNode error = parse(body);
        if (error != null && error.has("Code") && error.has("Message")) {
            return new ModeratorException(status, error.get("Code").asText(), error.get("Message").asText());
        }
        if (error != null && error.has("code") && error.has("message")) {
            // the gateway's shape: its "code" is just the status ("401"), so name it like ours (Unauthorized)
            return new ModeratorException(status, fallbackCode(status), error.get("message").asText());
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.length() > SHOWN_BODY_CHARS) {
            text = text.substring(0, SHOWN_BODY_CHARS) + "…";
        }
        String code = fallbackCode(status);
        return new ModeratorException(status, code,
                "The endpoint answered HTTP " + status + (text.isEmpty() ? "." : ": " + text));
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode root = Json.mapper().readTree(body);
            if (root == null || !root.isObject()) {
                return null;
            }
            JsonNode error = root.has("Error") ? root.get("Error") : root.get("error");
            return error != null && error.isObject() ? error : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String fallbackCode(int status) {
        for (ErrorCode code : ErrorCode.values()) {
            if (code.httpStatus() == status) {
                return code.wireCode();
            }
        }
        return "Http" + status;
    }
}
