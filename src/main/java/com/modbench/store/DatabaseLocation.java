package com.modbench.store;

import java.nio.file.Path;

/**
 * Where the desktop database lives: the system property {@value #PROPERTY}, else the environment variable
 * {@value #ENVIRONMENT}, else {@code ~/.modbench/modbench.db}. The app, the CLI and tools all find it here, so they
 * share one set of term lists and one review queue.
 */
public final class DatabaseLocation {

    public static final String PROPERTY = "modbench.db";
    public static final String ENVIRONMENT = "MODBENCH_DB";

    private DatabaseLocation() {
    }

    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT), System.getProperty("user.home"));
    }

    static Path resolve(String property, String environment, String home) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        if (environment != null && !environment.isBlank()) {
            return Path.of(environment);
        }
        return Path.of(home, ".modbench", "modbench.db");
    }
}
