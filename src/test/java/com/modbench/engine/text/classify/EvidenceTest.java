package com.modbench.engine.text.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    /** Seen once, a weight stays what {@code 1 − (1 − w)^1} makes of it, to the last bit (no pow call needed). */
    @Test
    void repeatingOnceKeepsEveryBit() {
        Random random = new Random(1);
        for (int i = 0; i < 100_000; i++) {
            double w = i < 10 ? i / 10.0 : random.nextDouble();
            assertEquals(Math.min(Evidence.MAX_WEIGHT, 1 - Math.pow(1 - w, 1)), Evidence.repeat(w, 1));
            double factor = 0.5 + random.nextDouble();
            assertEquals(Math.min(Evidence.MAX_WEIGHT, 1 - Math.pow(1 - w, factor)), Evidence.repeat(w, factor));
        }
    }
}
