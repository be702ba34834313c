package com.modbench.ui.image;

import com.modbench.api.ImageInput;
import com.modbench.api.Moderator;
import com.modbench.engine.image.ocr.OcrTextScreening;
import com.modbench.model.image.Evaluate;
import com.modbench.model.image.FoundFaces;
import com.modbench.model.image.MatchResponse;
import com.modbench.model.image.Ocr;
import java.util.ArrayList;
import java.util.List;

/**
 * The four steps the Image tab runs on one image, each a call through {@link Moderator} (so they work embedded or
 * remote). Kept apart from the view-model so each step can report progress as it finishes.
 */
final class ImageAnalysis {

    private ImageAnalysis() {
    }

    static Evaluate evaluate(Moderator moderator, byte[] image) {
        return moderator.image().evaluate(ImageInput.bytes(image), false);
    }

    static FoundFaces faces(Moderator moderator, byte[] image) {
        return moderator.image().findFaces(ImageInput.bytes(image), false);
    }

    record ReadText(Ocr ocr, OcrTextScreening.Result screening) {
    }

    static ReadText readText(Moderator moderator, byte[] image, String language) {
        Ocr ocr = moderator.image().ocr(ImageInput.bytes(image), language, false, false);
        String text = ocr.text() == null ? "" : ocr.text();
        OcrTextScreening.Result screening = text.isBlank() ? new OcrTextScreening.Result(List.of(), List.of())
                : OcrTextScreening.screen(moderator.text(), text, OcrTextScreening.OPTIONS);
        return new ReadText(ocr, screening);
    }

    /** Matches against the chosen list (or all), with each matched list image's thumbnail when available. */
    static List<MatchView> match(Moderator moderator, byte[] image, Integer listId) {
        if (listId == null && moderator.imageLists().list().isEmpty()) {
            return List.of();
        }
        MatchResponse response = moderator.image().match(ImageInput.bytes(image), listId, false);
        List<MatchView> views = new ArrayList<>();
        for (MatchResponse.Match match : response.matches()) {
            byte[] thumbnail = moderator.imageLists().thumbnail(Integer.parseInt(match.source()), match.matchId())
                    .orElse(null);
            views.add(new MatchView(match, thumbnail));
        }
        return views;
    }
}
