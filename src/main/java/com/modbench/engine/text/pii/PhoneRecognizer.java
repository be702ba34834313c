package com.modbench.engine.text.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;

/**
 * Phone numbers through libphonenumber, tried as US then UK. POSSIBLE leniency, because the service reported
 * numbers (such as 6657789887) that libphonenumber's stricter VALID level rejects. UK is reported as "UK", as the
 * service did, not the ISO "GB".
 */
public final class PhoneRecognizer implements PiiRecognizer {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Override
    public List<PiiHit> find(String text) {
        List<PiiHit> hits = new ArrayList<>();
        for (String region : List.of("US", "GB")) {
            for (PhoneNumberMatch match : UTIL.findNumbers(text, region, PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
                String country = UTIL.getRegionCodeForNumber(match.number());
                if (country == null) {
                    country = UTIL.getRegionCodeForCountryCode(match.number().getCountryCode());
                }
                if (!"US".equals(country) && !"GB".equals(country)) {
                    continue;
                }
                String reported = "GB".equals(country) ? "UK" : country;
                boolean duplicate = hits.stream().anyMatch(h -> h.start() == match.start() && h.end() == match.end());
                if (!duplicate && digits(match.rawString()) >= 10) {
                    hits.add(new PiiHit(PiiKind.PHONE, match.start(), match.end(), match.rawString(), reported));
                }
            }
        }
        return hits;
    }

    private static int digits(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }
}
