package com.modbench.engine.text.pii;

import com.modbench.model.text.Pii;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every recognizer over the original text and shapes the hits as the contract's {@code PII} object. */
public final class PiiDetector {

    private final List<PiiRecognizer> recognizers;

    public PiiDetector(List<PiiRecognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
    }

    public static PiiDetector standard() {
        return new PiiDetector(List.of(new EmailRecognizer(), new IpAddressRecognizer(), new PhoneRecognizer(),
                new UsAddressRecognizer(), new SsnRecognizer(false)));
    }

    public List<PiiHit> findAll(String text) {
        List<PiiHit> hits = new ArrayList<>();
        for (PiiRecognizer recognizer : recognizers) {
            hits.addAll(recognizer.find(text));
        }
        hits.sort(Comparator.comparingInt(PiiHit::start).thenComparing(PiiHit::kind));
        return hits;
    }

    public static Pii toWire(List<PiiHit> hits) {
        List<Pii.Email> email = new ArrayList<>();
        List<Pii.Ssn> ssn = new ArrayList<>();
        List<Pii.Ipa> ipa = new ArrayList<>();
        List<Pii.Phone> phone = new ArrayList<>();
        List<Pii.Address> address = new ArrayList<>();
        for (PiiHit hit : hits) {
            switch (hit.kind()) {
                case EMAIL -> email.add(new Pii.Email(hit.text(), hit.detail(), hit.text(), hit.start()));
                case SSN -> ssn.add(new Pii.Ssn(hit.text(), hit.start()));
                case IPA -> ipa.add(new Pii.Ipa(hit.detail(), hit.text(), hit.start()));
                case PHONE -> phone.add(new Pii.Phone(hit.detail(), hit.text(), hit.start()));
                case ADDRESS -> address.add(new Pii.Address(hit.text(), hit.start()));
            }
        }
        return new Pii(email, ssn, ipa, phone, address);
    }
}
