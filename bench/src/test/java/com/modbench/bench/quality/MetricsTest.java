package com.modbench.bench.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void aucIsOneWhenEveryPositiveOutranksEveryNegativeAndZeroWhenReversed() {
        boolean[] labels = {true, true, false, false};
        assertEquals(1.0, Metrics.rocAuc(new double[] {0.9, 0.8, 0.2, 0.1}, labels), 1e-12);
        assertEquals(0.0, Metrics.rocAuc(new double[] {0.1, 0.2, 0.8, 0.9}, labels), 1e-12);
    }

    @Test
    void tiesCountOneHalf() {
        boolean[] labels = {true, false, true, false};
        assertEquals(0.5, Metrics.rocAuc(new double[] {0.5, 0.5, 0.5, 0.5}, labels), 1e-12);
        // positives 0.9 and 0.5; negatives 0.5 and 0.1: pairs won 1 + 1 + 0.5 + 1 of 4
        assertEquals(0.875, Metrics.rocAuc(new double[] {0.9, 0.5, 0.5, 0.1}, new boolean[] {true, false, true,
            false}), 1e-12);
    }

    @Test
    void aucIsUndefinedWithOneClassAndRejectsMismatchedInput() {
        assertTrue(Double.isNaN(Metrics.rocAuc(new double[] {0.1, 0.2}, new boolean[] {true, true})));
        assertThrows(IllegalArgumentException.class, () -> Metrics.rocAuc(new double[] {0.1}, new boolean[0]));
    }

    @Test
    void confusionAtAThresholdGivesPrecisionRecallAndF1() {
        Metrics.Confusion c = Metrics.Confusion.atThreshold(new double[] {0.9, 0.6, 0.4, 0.7, 0.1},
                new boolean[] {true, true, true, false, false}, 0.5);
        assertEquals(new Metrics.Confusion(2, 1, 1, 1), c);
        assertEquals(2.0 / 3, c.precision(), 1e-12);
        assertEquals(2.0 / 3, c.recall(), 1e-12);
        assertEquals(2.0 / 3, c.f1(), 1e-12);
        assertTrue(Double.isNaN(Metrics.Confusion.atThreshold(new double[] {0.1}, new boolean[] {true}, 0.5)
                .precision()));
    }
}
