package com.modbench.engine.text.classify;

import com.modbench.api.ReviewThresholds;
import com.modbench.engine.text.normalize.NormalizedText;
import com.modbench.engine.text.terms.TermHit;
import com.modbench.model.text.Classification;
import java.util.List;

/**
 * Stage 7: Category1 (sexually explicit), Category2 (suggestive), Category3 (offensive) scores in 0..1, and
 * {@code ReviewRecommended} when a score reaches its threshold in {@link #thresholds()}.
 */
public interface Classifier {

    /** Scores {@code text} from the term {@code hits} found in its normalised form and the words around them. */
    Classification classify(NormalizedText text, List<TermHit> hits);

    ReviewThresholds thresholds();

    /** The same classifier (sharing whatever it has loaded) deciding {@code ReviewRecommended} by {@code value}. */
    Classifier withThresholds(ReviewThresholds value);
}
