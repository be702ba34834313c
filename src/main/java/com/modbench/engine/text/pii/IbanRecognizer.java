package com.modbench.engine.text.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * International bank account numbers (an extension beyond the service), compact or in groups of four. The
 * candidate is cut to its country's IBAN length, then the country format and the ISO 7064 mod-97 check digits are
 * verified by commons-validator. The country code is the hit's detail.
 */
public final class IbanRecognizer implements PiiRecognizer {

    static final Pattern START = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Za-z]{2}\\d{2}(?=[ ]?[A-Za-z0-9])");
    /** The start consumes two letters and two digits, all ASCII alphanumerics. */
    static final CharRuns RUNS = CharRuns.withDigits(
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "0123456789", 2);
    private static final IBANValidator VALIDATOR = IBANValidator.getInstance();

    @Override
    public List<PiiHit> find(ScannedText scan, Validation validation) {
        String text = scan.text();
        List<PiiHit> hits = new ArrayList<>();
        Matcher m = null;
        int from = 0;
        for (CharRuns.Cursor run = RUNS.in(scan); run.next(); ) {
            if (run.end() > from) {
                m = m != null ? m : START.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                from = findIn(text, m.region(Math.max(from, run.start()), run.end()), hits);
            }
        }
        return hits;
    }

    /** Searches the matcher's region; returns where the next search may start (past the last IBAN found). */
    private static int findIn(String text, Matcher m, List<PiiHit> hits) {
        int from = m.regionStart();
        while (m.find()) {
            from = m.end();
            String country = text.substring(m.start(), m.start() + 2).toUpperCase(Locale.ROOT);
            IBANValidator.Validator format = VALIDATOR.getValidator(country);
            if (format == null) {
                continue;
            }
            int end = endOfIban(text, m.start(), format.getIbanLength());
            if (end < 0) {
                continue;
            }
            String raw = text.substring(m.start(), end);
            if (VALIDATOR.isValid(raw.replace(" ", "").toUpperCase(Locale.ROOT))) {
                hits.add(new PiiHit(PiiKind.IBAN, m.start(), end, raw, country, 0.9));
                return end;
            }
        }
        return from;
    }

    /** End of the first {@code length} alphanumerics from {@code start} (single spaces allowed), or -1. */
    private static int endOfIban(String text, int start, int length) {
        int count = 0;
        int i = start;
        while (i < text.length() && count < length) {
            char c = text.charAt(i);
            if (isAsciiAlnum(c)) {
                count++;
            } else if (!(c == ' ' && i + 1 < text.length() && isAsciiAlnum(text.charAt(i + 1)) && count % 4 == 0)) {
                return -1;
            }
            i++;
        }
        boolean boundary = i == text.length() || !Character.isLetterOrDigit(text.charAt(i));
        return count == length && boundary ? i : -1;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
