package com.modbench.ui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.modbench.api.ReviewThresholds;
import com.modbench.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Consumer;

/**
 * The app's settings file, {@code ~/.modbench/settings.json} (or the system property {@value #PROPERTY}). Only the
 * {@code endpoint} and {@code reviewThresholds} sections are ours; other sections are kept as they are. Writes go to
 * a temporary file that replaces the old one, readable only by the user where the file system allows, since the file
 * holds the subscription key. An unreadable or damaged file or section yields the defaults rather than stopping the
 * app.
 */
public final class SettingsStore {

    public static final String PROPERTY = "modbench.settings";
    private static final String REVIEW_THRESHOLDS = "reviewThresholds";

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public static SettingsStore standard() {
        String configured = System.getProperty(PROPERTY);
        return new SettingsStore(configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".modbench", "settings.json"));
    }

    public Path file() {
        return file;
    }

    public EndpointSettings loadEndpoint() {
        JsonNode endpoint = readRoot().path("endpoint");
        if (!endpoint.isObject()) {
            return EndpointSettings.DEFAULT;
        }
        EndpointSettings.Mode mode = "REMOTE".equalsIgnoreCase(endpoint.path("mode").asText())
                ? EndpointSettings.Mode.REMOTE : EndpointSettings.Mode.EMBEDDED;
        return new EndpointSettings(mode, endpoint.path("url").asText(EndpointSettings.DEFAULT_URL),
                endpoint.path("key").asText(""));
    }

    /** The embedded engine's review thresholds; the defaults when none are saved or the saved ones are unusable. */
    public ReviewThresholds loadReviewThresholds() {
        JsonNode section = readRoot().path(REVIEW_THRESHOLDS);
        if (!section.isObject()) {
            return ReviewThresholds.DEFAULT;
        }
        try {
            return new ReviewThresholds(number(section, "category1"), number(section, "category2"),
                    number(section, "category3"));
        } catch (IllegalArgumentException unusable) {
            System.err.println("Ignoring the review thresholds in " + file + ": " + unusable.getMessage());
            return ReviewThresholds.DEFAULT;
        }
    }

    public void saveEndpoint(EndpointSettings settings) {
        update(root -> putEndpoint(root, settings));
    }

    /** Both sections in one replacement of the file, so a failure leaves neither half-saved. */
    public void save(EndpointSettings settings, ReviewThresholds thresholds) {
        update(root -> {
            putEndpoint(root, settings);
            putReviewThresholds(root, thresholds);
        });
    }

    private static void putEndpoint(ObjectNode root, EndpointSettings settings) {
        root.putObject("endpoint").put("mode", settings.mode().name()).put("url", settings.url())
                .put("key", settings.key());
    }

    private static void putReviewThresholds(ObjectNode root, ReviewThresholds thresholds) {
        root.putObject(REVIEW_THRESHOLDS).put("category1", thresholds.category1())
                .put("category2", thresholds.category2()).put("category3", thresholds.category3());
    }

    private static double number(JsonNode section, String name) {
        JsonNode value = section.path(name);
        if (!value.isNumber()) {
            throw new IllegalArgumentException(name + " is not a number");
        }
        return value.asDouble();
    }

    private void update(Consumer<ObjectNode> change) {
        ObjectNode root = readRoot();
        change.accept(root);
        write(root);
    }

    private ObjectNode readRoot() {
        if (!Files.isRegularFile(file)) {
            return Json.mapper().createObjectNode();
        }
        try {
            JsonNode root = Json.mapper().readTree(file.toFile());
            return root instanceof ObjectNode object ? object : Json.mapper().createObjectNode();
        } catch (IOException damaged) {
            System.err.println("Ignoring the unreadable settings file " + file + ": " + damaged.getMessage());
            return Json.mapper().createObjectNode();
        }
    }

    private void write(ObjectNode root) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".settings", ".tmp");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temporary, Json.writePretty(root));
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the settings to " + file + ": " + e.getMessage(), e);
        }
    }
}
