package com.modbench.engine.lists;

import com.ibm.icu.text.Normalizer2;
import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes a term or a language acceptable, and the key terms are compared by. The key is deliberately simpler
 * than the screening normaliser (NFKC case-fold and white space only): it is stored with each term, so it must not
 * change when the matcher learns new evasions.
 */
public final class TermRules {

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{3}");

    private final int maxTermLength;

    public TermRules(int maxTermLength) {
        this.maxTermLength = maxTermLength;
    }

    /** The reason {@code term} cannot be stored, if any. */
    public Optional<String> problem(String term) {
        if (term == null || term.isEmpty()) {
            return Optional.of("The term is empty.");
        }
        if (key(term).isEmpty()) {
            return Optional.of("The term is only white space.");
        }
        if (term.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL)) {
            return Optional.of("The term contains a line break, tab or other control character.");
        }
        if (term.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.of("The term '" + term.strip() + "' has no letters or digits (punctuation only).");
        }
        if (term.length() > maxTermLength) {
            return Optional.of("The term is " + term.length() + " characters long; at most " + maxTermLength
                    + " are allowed.");
        }
        return Optional.empty();
    }

    public void check(String term) {
        problem(term).ifPresent(message -> {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, message);
        });
    }

    /** The comparison key: NFKC case-folded, every run of white space one space, trimmed. */
    public static String key(String term) {
        String folded = NFKC_CF.normalize(term);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** The language code in lower case, or INVALID_ARGUMENT if it is not 3 letters. */
    public static String language(String language) {
        if (language == null || language.isBlank()) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                    "The language is missing; give an ISO 639-3 code such as 'eng'.");
        }
        if (!LANGUAGE.matcher(language).matches()) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                    "'" + language + "' is not an ISO 639-3 language code such as 'eng'.");
        }
        return language.toLowerCase(Locale.ROOT);
    }
}
