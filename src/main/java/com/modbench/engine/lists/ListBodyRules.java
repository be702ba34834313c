package com.modbench.engine.lists;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import com.modbench.model.lists.ListBody;
import java.util.Map;

/** Checks the {@code Name}/{@code Description}/{@code Metadata} of a list body (term or image list) against the limits. */
public final class ListBodyRules {

    private static final int MAX_METADATA_TEXT = 1_000;

    private final TermListLimits limits;

    public ListBodyRules(TermListLimits limits) {
        this.limits = limits;
    }

    public void check(ListBody body) {
        if (body == null) {
            return;
        }
        checkLength("Name", body.name(), limits.maxNameLength());
        checkLength("Description", body.description(), limits.maxDescriptionLength());
        Map<String, String> metadata = body.metadata();
        if (metadata == null) {
            return;
        }
        if (metadata.size() > limits.maxMetadataEntries()) {
            throw invalid("Metadata has " + metadata.size() + " entries; at most " + limits.maxMetadataEntries()
                    + " are allowed.");
        }
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            if (entry.getKey() == null || entry.getKey().isBlank()) {
                throw invalid("Every Metadata entry needs a non-empty key.");
            }
            if (entry.getValue() == null) {
                throw invalid("Metadata '" + entry.getKey() + "' has no value; use \"\" for an empty one.");
            }
            checkLength("Metadata key", entry.getKey(), MAX_METADATA_TEXT);
            checkLength("Metadata '" + entry.getKey() + "'", entry.getValue(), MAX_METADATA_TEXT);
        }
    }

    private static void checkLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw invalid(field + " is " + value.length() + " characters long; at most " + max + " are allowed.");
        }
    }

    private static ModeratorException invalid(String message) {
        return new ModeratorException(ErrorCode.INVALID_ARGUMENT, message);
    }
}
