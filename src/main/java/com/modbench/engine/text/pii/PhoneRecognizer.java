package com.modbench.engine.text.pii;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers, checked by libphonenumber. A cheap pattern finds phone-shaped digit runs (7–15 digits, grouped by
 * spaces, dots, dashes or parentheses, an optional {@code +} prefix and extension); each is parsed, in this order:
 * <ol>
 *   <li>international ({@code +44 …}, {@code 0044 …}, {@code 001-…}): the country code names the region;</li>
 *   <li>national, valid in the US or the UK — the service's two regions;</li>
 *   <li>compatible mode only: national and valid in another region (a fixed list), or only possible (the right
 *       length; for North America, area code and exchange starting 2–9) in the US, UK or another region. These
 *       are weak: another region needs a context word, and so does a bare possible-only digit run. The service
 *       reported 6657789887, whose 665 area code does not exist.</li>
 * </ol>
 * {@link Validation#STRICT} keeps libphonenumber's VALID numbers in the US, the UK, or written internationally. The CountryCode is the ISO region, except GB which the
 * service reports as "UK".
 */
public final class PhoneRecognizer implements PiiRecognizer {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\w+.\\-/])(?:\\+\\d{1,3}+[ .-]?)?(?:\\(0\\)[ ]?)?(?:\\(\\d{1,5}+\\)[ .-]?)?\\d{1,12}+"
                    + "(?:(?:[ .-]|\\) ?)\\d{1,8}+){0,6}+(?:[ ]?(?:x|ext\\.?|#)[ ]?\\d{1,6}+)?(?![\\w]|[.-]\\d)");
    /**
     * Every character the candidate can consume. A candidate needs {@link #MIN_DIGITS} digits to count, so runs
     * with fewer are skipped: their candidates would all be dropped, and none can reach past the run.
     */
    static final CharRuns RUNS = CharRuns.withDigits("0123456789+()-. xet#", "0123456789", 7);
    private static final Pattern DATE = Pattern.compile(
            "(?:19|20)\\d{2}[-.](?:0?[1-9]|1[0-2])[-.](?:0?[1-9]|[12]\\d|3[01])|(?:0?[1-9]|[12]\\d|3[01])[-.]"
                    + "(?:0?[1-9]|1[0-2])[-.](?:19|20)\\d{2}");
    private static final ContextWords CONTEXT = ContextWords.of("phone", "telephone", "tel", "mobile", "mob", "cell",
            "cellphone", "fax", "call", "calling", "text", "sms", "whatsapp", "contact", "reach", "dial", "ring",
            "desk", "landline", "hotline", "ext", "extension", "answering", "message", "number")
            .andAfter("office", "home", "work", "direct");
    /** Words that say a digit run is some other identifier ("license number 2270-66-1551"). */
    private static final ContextWords OTHER_IDENTIFIER = ContextWords.of("license", "licence", "account", "acct",
            "order", "invoice", "passport", "id", "ssn", "social", "routing", "iban", "card", "cc", "policy", "member",
            "tracking", "reference", "ref", "serial", "isbn", "transaction", "customer", "employee", "student");
    private static final List<String> HOME_REGIONS = List.of("US", "GB");
    /** Regions of country code +44, which the service reports as "UK". */
    private static final java.util.Set<String> UK_REGIONS = java.util.Set.of("GB", "GG", "JE", "IM");
    /** Tried in order; countries with variable-length plans (IT, DE, AT), where most digit runs are valid, last. */
    private static final List<String> OTHER_REGIONS = List.of("CA", "AU", "NZ", "IE", "FR", "ES", "PT", "NL", "BE",
            "LU", "CH", "SE", "NO", "DK", "FI", "IS", "PL", "CZ", "SK", "HU", "SI", "HR", "RO", "BG", "GR", "CY", "EE",
            "LV", "LT", "UA", "RU", "TR", "IL", "ZA", "BR", "MX", "AR", "IN", "JP", "KR", "CN", "SG", "IT", "DE", "AT");
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;
    private static final int FULL_NATIONAL_DIGITS = 10;

    @Override
    public List<PiiHit> find(ScannedText scan, Validation validation) {
        String text = scan.text();
        List<PiiHit> hits = new ArrayList<>();
        for (CharRuns.Cursor run = RUNS.in(scan); run.next(); ) {
            findIn(text, run, validation, hits);
        }
        return hits;
    }

    private static void findIn(String text, CharRuns.Cursor run, Validation validation, List<PiiHit> hits) {
        Matcher m = run.matcher(CANDIDATE);
        while (m.find()) {
            String raw = m.group();
            int digits = countDigits(raw);
            if (digits < MIN_DIGITS || digits - extensionDigits(raw) > MAX_DIGITS || DATE.matcher(raw).find()
                    || OTHER_IDENTIFIER.before(text, m.start())) {
                continue;
            }
            PiiHit hit = classify(text, m.start(), m.end(), raw, validation);
            if (hit != null) {
                hits.add(hit);
            }
        }
    }

    private static PiiHit classify(String text, int start, int end, String raw, Validation validation) {
        boolean strict = validation == Validation.STRICT;
        boolean context = CONTEXT.near(text, start, end);
        String dialable = internationalForm(raw);
        if (dialable != null) {
            return judge(raw, start, end, parse(dialable, "ZZ"), strict, context, 0.7, 0.5);
        }
        boolean formatted = raw.chars().anyMatch(c -> c < '0' || c > '9');
        boolean full = countDigits(raw) >= FULL_NATIONAL_DIGITS;
        if (full) {
            for (String region : HOME_REGIONS) {
                PhoneNumber number = parse(raw, region);
                if (number != null && UTIL.isValidNumber(number)) {
                    return hit(raw, start, end, regionOf(number), context, formatted ? 0.7 : 0.6);
                }
            }
        }
        if (strict) {
            return null;
        }
        if (full) {
            for (String region : HOME_REGIONS) {
                PhoneNumber number = parse(raw, region);
                if (number != null && UTIL.isPossibleNumber(number) && plausible(number)) {
                    return hit(raw, start, end, regionOf(number), context, formatted ? 0.5 : 0.4);
                }
            }
        }
        if (!context) {
            return null;
        }
        PiiHit possible = null;
        for (String region : OTHER_REGIONS) {
            PhoneNumber number = parse(raw, region);
            if (number == null) {
                continue;
            }
            if (UTIL.isValidNumber(number)) {
                return hit(raw, start, end, regionOf(number), true, 0.3);
            }
            if (possible == null && UTIL.isPossibleNumber(number) && plausible(number)) {
                possible = hit(raw, start, end, regionOf(number), true, 0.2);
            }
        }
        return possible;
    }

    /**
     * For a number that is only possible: a North American area code and exchange start with 2–9, a UK national
     * number with 1, 2, 3, 7 or 8 (the ranges in use); other countries pass.
     */
    private static boolean plausible(PhoneNumber number) {
        String national = String.valueOf(number.getNationalNumber());
        return switch (number.getCountryCode()) {
            case 1 -> national.length() == 10 && national.charAt(0) >= '2' && national.charAt(3) >= '2';
            case 44 -> "12378".indexOf(national.charAt(0)) >= 0;
            default -> true;
        };
    }

    /** International: {@code validScore} if the number exists, {@code possibleScore} if it only could (compatible). */
    private static PiiHit judge(String raw, int start, int end, PhoneNumber number, boolean strict, boolean context,
            double validScore, double possibleScore) {
        if (number == null) {
            return null;
        }
        if (UTIL.isValidNumber(number)) {
            return hit(raw, start, end, regionOf(number), context, validScore);
        }
        if (!strict && UTIL.isPossibleNumber(number)) {
            return hit(raw, start, end, regionOf(number), context, possibleScore);
        }
        return null;
    }

    private static PiiHit hit(String raw, int start, int end, String region, boolean context, double base) {
        if (region == null) {
            return null;
        }
        double score = context ? Math.min(1.0, base + ContextWords.BOOST) : base;
        return new PiiHit(PiiKind.PHONE, start, end, raw, UK_REGIONS.contains(region) ? "UK" : region, score);
    }

    /** {@code raw} rewritten with a leading "+" when it is written internationally, else null. */
    private static String internationalForm(String raw) {
        if (raw.startsWith("+")) {
            return raw.replace("(0)", "");
        }
        if (raw.startsWith("00") && !raw.startsWith("000")) {
            return "+" + raw.substring(2);
        }
        if (raw.startsWith("011") && countDigits(raw) > 11) {
            return "+" + raw.substring(3);
        }
        return null;
    }

    private static PhoneNumber parse(String raw, String region) {
        try {
            return UTIL.parse(raw, region);
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** The number's region; for a number that is only possible, the main region of its country code. */
    private static String regionOf(PhoneNumber number) {
        String region = UTIL.getRegionCodeForNumber(number);
        if (region == null || "ZZ".equals(region) || "001".equals(region)) {
            String byCode = UTIL.getRegionCodeForCountryCode(number.getCountryCode());
            region = "ZZ".equals(byCode) || "001".equals(byCode) ? null : byCode;
        }
        return region;
    }

    private static int nationalDigits(PhoneNumber number) {
        return String.valueOf(number.getNationalNumber()).length();
    }

    private static int extensionDigits(String raw) {
        int x = Math.max(raw.lastIndexOf('x'), Math.max(raw.lastIndexOf('t'), raw.lastIndexOf('#')));
        return x < 0 ? 0 : countDigits(raw.substring(x));
    }

    private static int countDigits(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }
}
