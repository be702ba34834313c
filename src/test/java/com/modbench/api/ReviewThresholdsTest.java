package com.modbench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewThresholdsTest {

    @Test
    void anyCategoryAtItsThresholdRecommendsReview() {
        ReviewThresholds t = new ReviewThresholds(0.9, 0.6, 0.5);
        assertTrue(t.reviewRecommended(0, 0, 0.5));
        assertTrue(t.reviewRecommended(0, 0.6, 0));
        assertFalse(t.reviewRecommended(0.89, 0.59, 0.49));
    }

    @Test
    void thresholdsOutsideZeroToOneAreRejectedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReviewThresholds.DEFAULT.withCategory2(1.5));
        assertTrue(e.getMessage().contains("Category2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ReviewThresholds(Double.NaN, 0.5, 0.5));
    }

    @Test
    void parsesThreeCommaSeparatedNumbersInCategoryOrder() {
        assertEquals(new ReviewThresholds(0.6, 0.5, 0.4), ReviewThresholds.parse("0.6,0.5,0.4"));
        assertEquals(new ReviewThresholds(0, 1, 0.25), ReviewThresholds.parse(" 0 , 1.0 ,.25 "));
        assertEquals(new ReviewThresholds(0.001, 0.5, 0.5), ReviewThresholds.parse("1e-3,0.5,0.5"));
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
            "0.6,0.5|expected three numbers",
            "0.6,0.5,0.4,0.3|expected three numbers",
            "''|expected three numbers",
            "0.6;0.5;0.4|expected three numbers",
            "0.6,,0.4|Category2 threshold is missing",
            "0.6,abc,0.4|Category2 threshold must be a number between 0 and 1, not 'abc'",
            "NaN,0.5,0.5|Category1 threshold must be a number between 0 and 1, not 'NaN'",
            "0.5,0.5,Infinity|Category3 threshold must be a number between 0 and 1, not 'Infinity'",
            "0x1p-1,0.5,0.5|not '0x1p-1'",
            "0.5d,0.5,0.5|not '0.5d'",
            "1.5,0.5,0.5|Category1 threshold must be between 0 and 1, not 1.5",
            "0.5,0.5,-0.1|Category3 threshold must be between 0 and 1, not -0.1"})
    void badTextSaysWhatIsWrong(String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReviewThresholds.parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void theOptionFormReadsBackAndHasNoExponents() {
        ReviewThresholds t = new ReviewThresholds(0.6, 0.00001, 1);
        assertEquals("0.6,0.00001,1", t.toOption());
        assertEquals(t, ReviewThresholds.parse(t.toOption()));
        assertEquals("0", ReviewThresholds.format(0.0));
        assertEquals("0.5", ReviewThresholds.format(0.5));
    }
}
