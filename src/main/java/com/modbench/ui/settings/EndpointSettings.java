package com.modbench.ui.settings;

import java.util.Objects;

/**
 * Where the app sends its requests: the embedded engine (the default, offline) or a remote Content Moderator
 * v1.0–compatible endpoint with its subscription key. {@link #toString()} never shows the key.
 */
public record EndpointSettings(Mode mode, String url, String key) {

    public enum Mode { EMBEDDED, REMOTE }

    public static final String DEFAULT_URL = "http://127.0.0.1:5055/";
    public static final EndpointSettings DEFAULT = new EndpointSettings(Mode.EMBEDDED, DEFAULT_URL, "");

    public EndpointSettings {
        Objects.requireNonNull(mode, "mode");
        url = url == null ? "" : url.strip();
        key = key == null ? "" : key.strip();
    }

    public boolean remote() {
        return mode == Mode.REMOTE;
    }

    @Override
    public String toString() {
        return "EndpointSettings[" + mode + ", " + url + ", key=" + (key.isEmpty() ? "none" : "***") + "]";
    }
}
