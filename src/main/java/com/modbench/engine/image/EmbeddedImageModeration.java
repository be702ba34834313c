package com.modbench.engine.image;

import com.modbench.api.ImageInput;
import com.modbench.api.ImageModeration;
import com.modbench.engine.image.evaluate.AdultRacyScorer;
import com.modbench.engine.image.evaluate.EvaluateThresholds;
import com.modbench.engine.image.evaluate.NsfwScores;
import com.modbench.engine.image.faces.FaceBox;
import com.modbench.engine.image.lists.DHash;
import com.modbench.engine.image.lists.OrbFeatures;
import com.modbench.engine.image.lists.OrbVerifier;
import com.modbench.engine.image.ocr.OcrLine;
import com.modbench.engine.image.ocr.OcrPage;
import com.modbench.engine.text.TextScreener;
import com.modbench.model.KeyValuePair;
import com.modbench.model.Status;
import com.modbench.model.image.Evaluate;
import com.modbench.model.image.FoundFaces;
import com.modbench.model.image.MatchResponse;
import com.modbench.model.image.Ocr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Operations 3–14 on the embedded models. */
final class EmbeddedImageModeration implements ImageModeration {

    private final ImageInputResolver resolver;
    private final ImageModels models;
    private final EmbeddedImageLists lists;
    private final Supplier<EvaluateThresholds> thresholds;

    EmbeddedImageModeration(ImageInputResolver resolver, ImageModels models, EmbeddedImageLists lists,
            Supplier<EvaluateThresholds> thresholds) {
        this.resolver = resolver;
        this.models = models;
        this.lists = lists;
        this.thresholds = thresholds;
    }

    @Override
    public Evaluate evaluate(ImageInput input, boolean cacheImage) {
        ResolvedImage image = resolver.resolve(input, cacheImage);
        NsfwScores scores = models.nsfw().classify(image.image().rgb());
        EvaluateThresholds t = thresholds.get();
        double adult = round(AdultRacyScorer.adult(scores));
        double racy = round(AdultRacyScorer.racy(scores));
        boolean isAdult = adult >= t.adult();
        boolean isRacy = racy >= t.racy();
        List<KeyValuePair> info = new ArrayList<>(image.facts());
        info.addAll(AdultRacyScorer.advancedInfo(scores, t));
        return new Evaluate(adult, isAdult, racy, isRacy, info, isAdult || isRacy, Status.ok(),
                TextScreener.newTrackingId(), image.cacheId());
    }

    @Override
    public FoundFaces findFaces(ImageInput input, boolean cacheImage) {
        ResolvedImage image = resolver.resolve(input, cacheImage);
        List<FaceBox> boxes = models.faces().detect(image.image().rgb());
        List<FoundFaces.Face> faces = boxes.stream()
                .map(b -> new FoundFaces.Face(b.left(), b.right(), b.top(), b.bottom())).toList();
        List<KeyValuePair> info = new ArrayList<>(image.facts());
        for (int i = 0; i < boxes.size(); i++) {
            info.add(new KeyValuePair("Face" + (i + 1) + "Confidence",
                    String.format(Locale.ROOT, "%.4f", boxes.get(i).score())));
        }
        return new FoundFaces(faces, faces.size(), info, !faces.isEmpty(), Status.ok(),
                TextScreener.newTrackingId(), image.cacheId());
    }

    @Override
    public Ocr ocr(ImageInput input, String language, boolean cacheImage, boolean enhanced) {
        ResolvedImage image = resolver.resolve(input, cacheImage);
        OcrPage page = models.ocr().recognize(image.image().rgb(), language);
        List<Ocr.Candidate> candidates = page.lines().stream()
                .map(line -> new Ocr.Candidate(line.text(), round(line.confidence()))).toList();
        String reported = language == null || language.isBlank() ? "eng" : language;
        List<KeyValuePair> metadata = new ArrayList<>(image.facts());
        metadata.add(new KeyValuePair("TesseractLanguage", page.language()));
        metadata.add(new KeyValuePair("MeanConfidence", String.format(Locale.ROOT, "%.4f",
                page.lines().stream().mapToDouble(OcrLine::confidence).average().orElse(0))));
        return new Ocr(metadata, reported, page.serviceText(), candidates, Status.ok(),
                TextScreener.newTrackingId(), image.cacheId());
    }

    /** OCR with word boxes, for the app's highlights (beyond the contract). */
    OcrPage ocrPage(ImageInput input, String language) {
        return models.ocr().recognize(resolver.resolve(input, false).image().rgb(), language);
    }

    @Override
    public MatchResponse match(ImageInput input, Integer listId, boolean cacheImage) {
        ResolvedImage image = resolver.resolve(input, cacheImage);
        OrbFeatures[] query = new OrbFeatures[1];
        List<MatchResponse.Match> matches = lists.match(DHash.of(image.image().rgb()), () -> {
            if (query[0] == null) {
                query[0] = OrbVerifier.extract(image.image().rgb());
            }
            return query[0];
        }, listId);
        return new MatchResponse(!matches.isEmpty(), matches, Status.ok(), TextScreener.newTrackingId(),
                image.cacheId());
    }

    private static double round(double v) {
        return Math.round(v * 1_000_000) / 1_000_000.0;
    }
}
