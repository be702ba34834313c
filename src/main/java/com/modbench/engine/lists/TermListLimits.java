package com.modbench.engine.lists;

/** How big term lists may grow. {@link #DEFAULT} is the service's: 5 lists of 10,000 terms. */
public record TermListLimits(int maxLists, int maxTermsPerList, int maxTermLength, int maxNameLength,
                             int maxDescriptionLength, int maxMetadataEntries) {

    public static final TermListLimits DEFAULT = new TermListLimits(5, 10_000, 200, 200, 2_000, 50);

    public TermListLimits {
        if (maxLists < 1 || maxTermsPerList < 1 || maxTermLength < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public TermListLimits withMaxLists(int value) {
        return new TermListLimits(value, maxTermsPerList, maxTermLength, maxNameLength, maxDescriptionLength,
                maxMetadataEntries);
    }

    public TermListLimits withMaxTermsPerList(int value) {
        return new TermListLimits(maxLists, value, maxTermLength, maxNameLength, maxDescriptionLength,
                maxMetadataEntries);
    }
}
