package com.modbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ScreenOptions;
import com.modbench.model.Json;
import com.modbench.model.text.DetectedTerm;
import com.modbench.model.text.Screen;
import com.modbench.testing.TestEngines;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Screen with autocorrect (terms found on the corrected text) and the PII extensions, through the public API. */
class ScreenExtensionsTest {

    private static final String PAYMENT = "card 4111 1111 1111 1111, IBAN GB82WEST12345698765432, ssn 999-99-9999";

    @Test
    void stockPiiHasNoExtensionFieldsOnTheWire() {
        Screen screen = TestEngines.shared().text().screen(PAYMENT, ScreenOptions.DEFAULT.withPii(true));
        String json = Json.write(screen.pii());
        assertFalse(json.contains("CreditCard"), json);
        assertFalse(json.contains("IBAN"), json);
        assertEquals("999-99-9999", screen.pii().ssn().get(0).text());
        assertTrue(screen.pii().phone().isEmpty(), "card digits are not a phone: " + json);
    }

    @Test
    void extendedPiiAddsCardsAndIbans() {
        Screen screen = TestEngines.shared().text().screen(PAYMENT,
                ScreenOptions.DEFAULT.withPii(true).withExtendedPii(true));
        assertEquals("Visa", screen.pii().creditCard().get(0).brand());
        assertEquals(5, screen.pii().creditCard().get(0).index());
        assertEquals("GB", screen.pii().iban().get(0).countryCode());
        assertEquals(PAYMENT.indexOf("GB82"), screen.pii().iban().get(0).index());
        String json = Json.write(screen.pii());
        assertTrue(json.contains("\"CreditCard\":[{\"Brand\":\"Visa\""), json);
    }

    @Test
    void strictPiiDropsNumbersThatAreNeverIssued() {
        Screen screen = TestEngines.shared().text().screen(PAYMENT,
                ScreenOptions.DEFAULT.withPii(true).withStrictPii(true));
        assertTrue(screen.pii().ssn().isEmpty());
    }

    @Test
    void autocorrectFindsTermsInCorrectedWordsAtTheirOriginalPlace() {
        String text = "😀 what a load of carp, a crpa day";
        Screen plain = TestEngines.shared().text().screen(text, ScreenOptions.DEFAULT);
        assertNull(plain.terms());
        assertNull(plain.autoCorrectedText());
        Screen corrected = TestEngines.shared().text().screen(text, ScreenOptions.DEFAULT.withAutocorrect(true));
        assertEquals("😀 what a load of carp, a crap day", corrected.autoCorrectedText());
        List<DetectedTerm> terms = corrected.terms();
        assertEquals(1, terms.size(), String.valueOf(terms));
        assertEquals("crap", terms.get(0).term());
        assertEquals(text.indexOf("crpa"), terms.get(0).originalIndex());
        assertEquals(corrected.normalizedText().indexOf("crpa"), terms.get(0).index());
    }

    @Test
    void autocorrectLeavesTermsAndPiiAlone() {
        String text = "crap, mail abcdef@abcd.com";
        Screen screen = TestEngines.shared().text().screen(text, ScreenOptions.all());
        assertEquals(text, screen.autoCorrectedText());
        assertEquals(1, screen.terms().size());
    }

    @Test
    void autocorrectLeavesOtherLanguagesAlone() {
        String text = "Hallo, wie geht es dir heute? Ich hoffe, es geht dir gut.";
        Screen screen = TestEngines.shared().text().screen(text, ScreenOptions.DEFAULT.withAutocorrect(true));
        assertEquals("deu", screen.language());
        assertEquals(text, screen.autoCorrectedText());
    }
}
