package com.modbench.cli;

import com.modbench.api.ReviewThresholds;
import com.modbench.server.ServerOptions;
import java.nio.file.Path;
import java.util.Map;

/**
 * Parsed options of the {@code serve} command. {@code keysFile} is null when keys come only from the environment.
 * {@code reviewThresholds} come from {@code --review-thresholds}, else the environment, else the default.
 */
record ServeArgs(String bind, int port, Path data, Path keysFile, int rateLimit, boolean allowPrivateUrls,
        ReviewThresholds reviewThresholds, boolean help) {

    static final Path DEFAULT_DATA = Path.of("modbench-server.db");

    static ServeArgs parse(String[] args) {
        return parse(args, Map.of());
    }

    static ServeArgs parse(String[] args, Map<String, String> environment) {
        ReviewThresholds thresholds = null;
        String bind = ServerOptions.DEFAULT_BIND;
        int port = ServerOptions.DEFAULT_PORT;
        Path data = DEFAULT_DATA;
        Path keys = null;
        int rateLimit = 0;
        boolean allowPrivateUrls = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bind" -> bind = value(args, ++i, "--bind");
                case "--port" -> port = number(value(args, ++i, "--port"), "--port", 0, 65_535);
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--keys" -> keys = Path.of(value(args, ++i, "--keys"));
                case "--rate-limit" -> rateLimit = number(value(args, ++i, "--rate-limit"), "--rate-limit", 0, 1_000_000);
                case "--allow-private-urls" -> allowPrivateUrls = true;
                case ReviewThresholdsOption.NAME -> thresholds = ReviewThresholdsOption.parse(
                        value(args, ++i, ReviewThresholdsOption.NAME));
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("Unknown option '" + args[i] + "'.");
            }
        }
        if (thresholds == null) {
            thresholds = help ? ReviewThresholds.DEFAULT
                    : ReviewThresholdsOption.fromEnvironment(environment, ReviewThresholds.DEFAULT);
        }
        return new ServeArgs(bind, port, data, keys, rateLimit, allowPrivateUrls, thresholds, help);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].isBlank()) {
            throw new IllegalArgumentException(option + " needs a value.");
        }
        return args[i];
    }

    private static int number(String raw, String option, int min, int max) {
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", not " + raw + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + raw + "'.");
        }
    }
}
