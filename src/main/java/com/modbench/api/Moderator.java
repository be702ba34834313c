package com.modbench.api;

import java.util.Optional;

/**
 * The Content Moderator API v1.0 as a Java interface, in the service's operation groups. The embedded engine
 * ({@code EmbeddedModerator}) and the HTTP client ({@code RemoteModerator}) both implement it; the UI and the
 * server talk only to this.
 *
 * <p>Every operation reports failures as {@link ModeratorException}, carrying the API's error code, message and
 * the HTTP status the server answers with.
 */
public interface Moderator extends AutoCloseable {

    TextModeration text();

    TermLists termLists();

    ImageModeration image();

    ImageLists imageLists();

    /** A short human description of where requests go, e.g. "Embedded engine" or the remote URL. */
    String describe();

    /**
     * The thresholds behind {@code ReviewRecommended} when this moderator applies them itself; empty for a remote
     * endpoint, which applies the ones it was configured with (the wire API does not report them).
     */
    default Optional<ReviewThresholds> reviewThresholds() {
        return Optional.empty();
    }

    @Override
    default void close() {
    }
}
