package com.modbench.model.image;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.modbench.model.Status;
import java.util.List;

/** Result of Match. Note the spelling {@code CacheID}. */
public record MatchResponse(
        @JsonProperty("IsMatch") boolean isMatch,
        @JsonProperty("Matches") List<Match> matches,
        @JsonProperty("Status") Status status,
        @JsonProperty("TrackingId") String trackingId,
        @JsonProperty("CacheID") String cacheId) {

    /** {@code MatchId} is an integer, {@code Source} the list id as a string, {@code Tags} integers. */
    public record Match(
            @JsonProperty("Score") double score,
            @JsonProperty("MatchId") int matchId,
            @JsonProperty("Source") String source,
            @JsonProperty("Tags") List<Integer> tags,
            @JsonProperty("Label") String label) {
    }
}
