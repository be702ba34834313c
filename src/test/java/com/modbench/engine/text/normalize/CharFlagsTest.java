package com.modbench.engine.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The table answers exactly what {@link Character} does, for every UTF-16 unit and for plane 1. */
class CharFlagsTest {

    @Test
    void everyCharHasTheFlagsCharacterGivesIt() {
        for (int i = 0; i < 0x10000; i++) {
            char c = (char) i;
            assertEquals(Character.isLetter(c), CharFlags.isLetter(c), () -> "letter " + Integer.toHexString(c));
            assertEquals(Character.isWhitespace(c), CharFlags.isWhitespace(c), () -> "space " + Integer.toHexString(c));
            assertEquals(Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK,
                    CharFlags.isLetterOrNonSpacingMark(c), () -> "mark " + Integer.toHexString(c));
            assertEquals(" .-_*·•,/+~".indexOf(c) >= 0, CharFlags.isSpacing(c));
            assertEquals("\"'([{<¿¡«“‘‹#".indexOf(c) >= 0, CharFlags.isLeadTrim(c));
            assertEquals(".,;:!?\"')]}>…»”’›".indexOf(c) >= 0, CharFlags.isTrailTrim(c));
        }
    }

    @Test
    void supplementaryCodePointsToo() {
        for (int cp = 0x10000; cp < 0x30000; cp += cp < 0x20000 ? 1 : 97) {
            int codePoint = cp;
            assertEquals(Character.isLetter(cp), CharFlags.isLetter(cp), () -> Integer.toHexString(codePoint));
            assertEquals(Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.OTHER_SYMBOL,
                    CharFlags.isWordCodePoint(cp), () -> Integer.toHexString(codePoint));
        }
    }
}
