package com.modbench.engine.text.pii;

import com.modbench.api.ScreenOptions;
import com.modbench.model.text.Pii;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every recognizer over the original text, keeps candidates scoring at least {@link #THRESHOLD}, resolves
 * overlaps (the higher score wins, then the longer span, so a card number is not also reported as a phone) and
 * shapes the result as the contract's {@code PII} object.
 */
public final class PiiDetector {

    /** Presidio-style decision threshold: validated patterns pass alone, weak ones need a context word. */
    public static final double THRESHOLD = 0.5;

    private static final Comparator<PiiHit> PRIORITY = Comparator.comparingDouble(PiiHit::score).reversed()
            .thenComparing(Comparator.comparingInt(PiiHit::length).reversed())
            .thenComparingInt(PiiHit::start);
    private static final Comparator<PiiHit> BY_START_THEN_KIND = Comparator.comparingInt(PiiHit::start)
            .thenComparing(PiiHit::kind);

    private final List<PiiRecognizer> recognizers;

    public PiiDetector(List<PiiRecognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
    }

    public static PiiDetector standard() {
        return new PiiDetector(List.of(new EmailRecognizer(), new IpAddressRecognizer(), new PhoneRecognizer(),
                new UsAddressRecognizer(), new SsnRecognizer(), new CreditCardRecognizer(), new IbanRecognizer()));
    }

    /** The stock API's view: compatible validation, contract kinds only. */
    public List<PiiHit> findAll(String text) {
        return find(text, Validation.COMPATIBLE, false);
    }

    /**
     * Hits sorted by start. Extension kinds (cards, IBANs) are always looked for, so that a card number is never
     * mistaken for a phone or an SSN, but are returned only when {@code extended}.
     */
    public List<PiiHit> find(String text, Validation validation, boolean extended) {
        List<PiiHit> candidates = null;
        ScannedText scanned = ScannedText.of(text);
        for (int r = 0; r < recognizers.size(); r++) {
            List<PiiHit> found = recognizers.get(r).find(scanned, validation);
            for (int h = 0; h < found.size(); h++) {
                PiiHit hit = found.get(h);
                if (hit.score() >= THRESHOLD) {
                    if (candidates == null) {
                        candidates = new ArrayList<>();
                    }
                    candidates.add(hit);
                }
            }
        }
        if (candidates == null) {
            return new ArrayList<>();
        }
        candidates.sort(PRIORITY);
        List<PiiHit> kept = new ArrayList<>();
        for (PiiHit candidate : candidates) {
            if (!overlapsAny(candidate, kept)) {
                kept.add(candidate);
            }
        }
        if (!extended) {
            kept.removeIf(hit -> hit.kind().isExtension());
        }
        kept.sort(BY_START_THEN_KIND);
        return kept;
    }

    /** Whether {@code hit} overlaps one of {@code kept}. */
    private static boolean overlapsAny(PiiHit hit, List<PiiHit> kept) {
        for (int i = 0; i < kept.size(); i++) {
            if (hit.overlaps(kept.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The contract's object; {@code CreditCard} and {@code IBAN} are null (omitted) unless {@code extended}. */
    public static Pii toWire(List<PiiHit> hits, boolean extended) {
        List<Pii.Email> email = new ArrayList<>();
        List<Pii.Ssn> ssn = new ArrayList<>();
        List<Pii.Ipa> ipa = new ArrayList<>();
        List<Pii.Phone> phone = new ArrayList<>();
        List<Pii.Address> address = new ArrayList<>();
        List<Pii.CreditCard> cards = new ArrayList<>();
        List<Pii.Iban> ibans = new ArrayList<>();
        for (PiiHit hit : hits) {
            switch (hit.kind()) {
                case EMAIL -> email.add(new Pii.Email(hit.text(), hit.detail(), hit.text(), hit.start()));
                case SSN -> ssn.add(new Pii.Ssn(hit.text(), hit.start()));
                case IPA -> ipa.add(new Pii.Ipa(hit.detail(), hit.text(), hit.start()));
                case PHONE -> phone.add(new Pii.Phone(hit.detail(), hit.text(), hit.start()));
                case ADDRESS -> address.add(new Pii.Address(hit.text(), hit.start()));
                case CREDIT_CARD -> cards.add(new Pii.CreditCard(hit.detail(), hit.text(), hit.start()));
                case IBAN -> ibans.add(new Pii.Iban(hit.detail(), hit.text(), hit.start()));
            }
        }
        return new Pii(email, ssn, ipa, phone, address, extended ? cards : null, extended ? ibans : null);
    }

    public static Pii toWire(List<PiiHit> hits) {
        return toWire(hits, false);
    }

    /** The {@code PII} section for a Screen request with these options (strict and extended are extensions). */
    public Pii screen(String text, ScreenOptions options) {
        Validation validation = options.strictPii() ? Validation.STRICT : Validation.COMPATIBLE;
        return toWire(find(text, validation, options.extendedPii()), options.extendedPii());
    }
}
