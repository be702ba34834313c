package com.modbench.api;

import java.time.Instant;

/**
 * One language of a term list: how many terms it has, how many screening uses (those of the last refresh), and
 * whether edits were made since ({@code indexUpToDate} false). {@code refreshedAt} is null if never refreshed.
 */
public record TermListLanguage(String language, int terms, int indexedTerms, boolean indexUpToDate,
                               Instant refreshedAt) {
}
