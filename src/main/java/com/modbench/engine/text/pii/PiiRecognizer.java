package com.modbench.engine.text.pii;

import java.util.List;

/**
 * Finds one kind of personal data in the original text. Each candidate gets a score: validation raises it or drops
 * the candidate, context words near a weak candidate raise it; {@link PiiDetector} keeps hits at or above
 * {@link PiiDetector#THRESHOLD}. The text comes read once for every recognizer ({@link ScannedText}): search near
 * its digit runs or capitals rather than trying a pattern at every index.
 */
public interface PiiRecognizer {

    List<PiiHit> find(ScannedText text, Validation validation);
}
