package com.modbench.engine.lists;

import com.modbench.model.lists.TermList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A term list as the repository keeps it. */
public record StoredTermList(int id, String name, String description, Map<String, String> metadata) {

    public StoredTermList {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public TermList toWire() {
        return new TermList(id, name, description, metadata);
    }
}
