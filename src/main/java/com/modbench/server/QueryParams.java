package com.modbench.server;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Query parameters looked up by name in any case ({@code PII}, {@code pii}, {@code Pii} are one parameter), as the
 * SDKs and hand-written scripts disagree on casing. Values that do not parse are the caller's mistake (400).
 */
final class QueryParams {

    private final Map<String, String> values = new HashMap<>();

    private QueryParams(Map<String, List<String>> raw) {
        raw.forEach((name, list) -> {
            if (!list.isEmpty()) {
                values.putIfAbsent(name.toLowerCase(Locale.ROOT), list.get(0));
            }
        });
    }

    static QueryParams of(Context ctx) {
        return new QueryParams(ctx.queryParamMap());
    }

    String string(String name) {
        String value = values.get(name.toLowerCase(Locale.ROOT));
        return value == null || value.isEmpty() ? null : value;
    }

    String requiredString(String name) {
        String value = string(name);
        if (value == null) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                    "The query parameter '" + name + "' is required, e.g. ?" + name + "=eng.");
        }
        return value;
    }

    boolean bool(String name, boolean fallback) {
        String value = string(name);
        if (value == null) {
            return fallback;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                "The query parameter '" + name + "' must be true or false, not '" + value + "'.");
    }

    /** A comma-separated list of values from {@code allowed} (any case); empty if the parameter is absent. */
    Set<String> choices(String name, Set<String> allowed) {
        String value = string(name);
        Set<String> chosen = new TreeSet<>();
        if (value == null) {
            return chosen;
        }
        for (String part : value.split(",")) {
            String choice = part.strip().toLowerCase(Locale.ROOT);
            if (!allowed.contains(choice)) {
                throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, "The query parameter '" + name
                        + "' takes " + String.join(", ", new TreeSet<>(allowed)) + ", not '" + part.strip() + "'.");
            }
            chosen.add(choice);
        }
        return chosen;
    }

    Integer integer(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                    "The query parameter '" + name + "' must be a whole number, not '" + value + "'.");
        }
    }
}
