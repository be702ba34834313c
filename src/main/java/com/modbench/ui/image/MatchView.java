package com.modbench.ui.image;

import com.modbench.model.image.MatchResponse;

/** A match as the Image tab shows it: the wire result and the matched list image's thumbnail (null if none). */
public record MatchView(MatchResponse.Match match, byte[] thumbnail) {

    public String caption() {
        String label = match.label() == null || match.label().isBlank() ? "(no label)" : match.label();
        return String.format(java.util.Locale.ROOT, "%s — image %d in list %s, score %.3f%s", label, match.matchId(),
                match.source(), match.score(), match.tags() == null || match.tags().isEmpty() ? ""
                        : ", tags " + match.tags());
    }
}
