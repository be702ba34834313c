package com.modbench.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared evaluation data: the {@code modbench.data} system property if set, else {@code ../shared/data}
 * relative to the repository root, else the same one level further up (a git worktree under {@code wt/}).
 */
public final class EvaluationData {

    private EvaluationData() {
    }

    /** {@code relative} under the data folder, or empty when it is not on this machine. */
    public static Optional<Path> find(String relative) {
        String configured = System.getProperty("modbench.data");
        Path[] roots = configured != null ? new Path[] {Path.of(configured)}
                : new Path[] {Path.of("..", "shared", "data"), Path.of("..", "..", "shared", "data")};
        for (Path root : roots) {
            Path candidate = root.resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }
}
