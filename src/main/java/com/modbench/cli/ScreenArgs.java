package com.modbench.cli;

import com.modbench.api.ReviewThresholds;
import com.modbench.api.ScreenOptions;

/** Parsed options of the {@code screen} command. */
record ScreenArgs(ScreenOptions options, ReviewThresholds reviewThresholds, boolean jsonl, boolean help) {

    static ScreenArgs parse(String[] args) {
        ScreenOptions options = ScreenOptions.DEFAULT;
        ReviewThresholds thresholds = null;
        boolean jsonl = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jsonl" -> jsonl = true;
                case "--autocorrect" -> options = options.withAutocorrect(true);
                case "--pii" -> options = options.withPii(true);
                case "--classify" -> options = options.withClassify(true);
                case "--language" -> options = options.withLanguage(value(args, ++i, "--language"));
                case "--list-id" -> {
                    String raw = value(args, ++i, "--list-id");
                    try {
                        options = options.withListId(Integer.parseInt(raw));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--list-id takes a whole number, not '" + raw + "'.");
                    }
                }
                case ReviewThresholdsOption.NAME -> thresholds = ReviewThresholdsOption.parse(
                        value(args, ++i, ReviewThresholdsOption.NAME));
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("Unknown option '" + args[i] + "'.");
            }
        }
        if (thresholds != null && !options.classify() && !help) {
            throw new IllegalArgumentException(ReviewThresholdsOption.NAME
                    + " decides ReviewRecommended, which only --classify returns: add --classify.");
        }
        return new ScreenArgs(options, thresholds == null ? ReviewThresholds.DEFAULT : thresholds, jsonl, help);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value.");
        }
        return args[i];
    }
}
