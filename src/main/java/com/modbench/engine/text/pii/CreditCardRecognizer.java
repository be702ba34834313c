package com.modbench.engine.text.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment-card numbers (an extension beyond the service): 12 to 19 digits, optionally grouped by spaces or dashes,
 * that pass the Luhn check and fall in a brand's IIN range and length. The brand is the hit's detail. A 12-digit
 * number (Maestro only), or a Luhn-valid number outside the known issuer ranges, is weak and needs a context word
 * ("card", "credit", "cc", a brand name).
 */
public final class CreditCardRecognizer implements PiiRecognizer {

    static final Pattern CANDIDATE = Pattern.compile("(?<![\\w-])\\d(?:[ -]?\\d){11,18}+(?!\\w|[ -]\\d)");
    /** The candidate consumes only digits, spaces and dashes, twelve digits at least. */
    static final CharRuns RUNS = CharRuns.withDigits("0123456789 -", "0123456789", 12);
    private static final ContextWords CONTEXT = ContextWords.of("card", "credit", "debit", "cc", "visa", "mastercard",
            "amex", "discover", "jcb", "diners", "maestro", "unionpay", "cvv", "expiry", "payment");
    private static final double SCORE = 0.8;
    private static final double WEAK_SCORE = 0.35;

    @Override
    public List<PiiHit> find(ScannedText scan, Validation validation) {
        String text = scan.text();
        List<PiiHit> hits = new ArrayList<>();
        for (CharRuns.Cursor run = RUNS.in(scan); run.next(); ) {
            findIn(text, run, hits);
        }
        return hits;
    }

    private static void findIn(String text, CharRuns.Cursor run, List<PiiHit> hits) {
        Matcher m = run.matcher(CANDIDATE);
        while (m.find()) {
            String raw = m.group();
            if (!consistentSeparators(raw)) {
                continue;
            }
            String digits = raw.replace(" ", "").replace("-", "");
            if (digits.length() < 12 || digits.length() > 19 || !CardBrand.luhn(digits)) {
                continue;
            }
            CardBrand brand = CardBrand.of(digits);
            boolean weak = brand == null || digits.length() < CardBrand.COMMON_MIN_LENGTH;
            double score = CONTEXT.boost(text, m.start(), m.end(), weak ? WEAK_SCORE : SCORE);
            String label = brand == null ? "Unknown" : brand.label();
            hits.add(new PiiHit(PiiKind.CREDIT_CARD, m.start(), m.end(), raw, label, score));
        }
    }

    /**
     * One kind of separator or none, and groups of at least three digits: "4111 1111-1111 1111" or "41 11 11 …"
     * is not how anyone writes a card number.
     */
    private static boolean consistentSeparators(String raw) {
        if (raw.indexOf(' ') >= 0 && raw.indexOf('-') >= 0) {
            return false;
        }
        for (String group : raw.split("[ -]")) {
            if (group.length() < 3) {
                return false;
            }
        }
        return true;
    }
}
