package com.modbench.engine.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ImageInput;
import com.modbench.engine.image.evaluate.EvaluateThresholds;
import com.modbench.engine.image.input.ImageFetcher;
import com.modbench.model.KeyValuePair;
import com.modbench.model.image.Evaluate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Evaluate against the model's reference outputs: nsfwjs 4.4.0 on TensorFlow.js 4.22.0 (CPU backend), fed the same
 * decoded pixels (tools/models/nsfw-reference.mjs). The Java forward pass must agree to 1e-4.
 */
class EvaluateTest {

    private final ImageServices engine = SharedImageModels.engine(ImageFetcher.refusing());

    @ParameterizedTest
    @CsvSource({
        "astronaut, 0.031422, 0.003973, 0.962343, 0.001863, 0.000400",
        "chelsea,   0.000708, 0.000621, 0.938117, 0.057993, 0.002562",
        "coffee,    0.004149, 0.001059, 0.993004, 0.001615, 0.000173"})
    void scoresMatchTheTensorFlowJsReference(String sample, double drawing, double hentai, double neutral,
            double porn, double sexy) {
        Evaluate result = engine.moderation().evaluate(ImageInput.bytes(TestImages.sample(sample)), false);
        Map<String, String> info = result.advancedInfo().stream()
                .collect(Collectors.toMap(KeyValuePair::key, KeyValuePair::value));
        assertEquals(drawing, Double.parseDouble(info.get("DrawingProbability")), 1e-4);
        assertEquals(hentai, Double.parseDouble(info.get("HentaiProbability")), 1e-4);
        assertEquals(neutral, Double.parseDouble(info.get("NeutralProbability")), 1e-4);
        assertEquals(porn, Double.parseDouble(info.get("PornProbability")), 1e-4);
        assertEquals(sexy, Double.parseDouble(info.get("SexyProbability")), 1e-4);

        assertEquals(porn + hentai, result.adultClassificationScore(), 1e-4);
        assertEquals(Math.max(sexy, porn + hentai), result.racyClassificationScore(), 1e-4);
        assertFalse(result.isImageAdultClassified());
        assertFalse(result.isImageRacyClassified());
        assertFalse(result.result());
        assertEquals(3000, result.status().code());
        assertEquals("nsfwjs 4.4.0 MobileNetV2 (224 px)", info.get("Model"));
    }

    @Test
    void thresholdsAreConfigurable() {
        ImageInput cat = ImageInput.bytes(TestImages.sample("chelsea"));
        engine.setThresholds(new EvaluateThresholds(0.05, 0.9));
        Evaluate strict = engine.moderation().evaluate(cat, false);
        assertTrue(strict.isImageAdultClassified(), "adult 0.0586 ≥ 0.05");
        assertFalse(strict.isImageRacyClassified(), "racy 0.0586 < 0.9");
        assertTrue(strict.result());
        assertEquals("0.050000", strict.advancedInfo().stream().filter(kv -> kv.key().equals("AdultThreshold"))
                .findFirst().orElseThrow().value());
    }
}
