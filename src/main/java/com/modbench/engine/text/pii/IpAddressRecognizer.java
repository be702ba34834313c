package com.modbench.engine.text.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.InetAddressValidator;

/**
 * IPv4 and IPv6 addresses (all compressed forms, an embedded IPv4 tail, a zone id). Each candidate must be a valid
 * address, so {@code 999.1.1.1}, {@code 01.02.03.04}, times ({@code 10:20:30}) and MAC addresses are skipped; the
 * unspecified {@code ::} alone is not reported (Presidio scores it 0.1).
 */
public final class IpAddressRecognizer implements PiiRecognizer {

    static final Pattern IPV4 = Pattern.compile("(?<![\\w.])(?:\\d{1,3}\\.){3}\\d{1,3}(?!\\w|\\.\\d)");
    static final Pattern IPV6 = Pattern.compile(
            "(?<![\\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f]{1,4})?"
                    + "(?:%[0-9A-Za-z]{1,16})?(?![\\w:])");
    /** Each pattern consumes only these characters; an IPv4 address has digits and three dots, IPv6 two colons. */
    static final CharRuns V4_RUNS = CharRuns.withDigits("0123456789.", ".", 3);
    static final CharRuns V6_RUNS = CharRuns.withCounted(
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz:.%", ':', 2);
    private static final InetAddressValidator VALIDATOR = InetAddressValidator.getInstance();

    @Override
    public List<PiiHit> find(ScannedText scan, Validation validation) {
        String text = scan.text();
        List<PiiHit> hits = new ArrayList<>();
        for (CharRuns.Cursor run = V4_RUNS.in(scan); run.next(); ) {
            Matcher v4 = run.matcher(IPV4);
            while (v4.find()) {
                if (VALIDATOR.isValidInet4Address(v4.group())) {
                    hits.add(new PiiHit(PiiKind.IPA, v4.start(), v4.end(), v4.group(), "IPV4", 0.9));
                }
            }
        }
        for (CharRuns.Cursor run = V6_RUNS.in(scan); run.next(); ) {
            Matcher v6 = run.matcher(IPV6);
            while (v6.find()) {
                String candidate = v6.group();
                if (isIpv6Shaped(candidate) && VALIDATOR.isValidInet6Address(candidate)) {
                    hits.add(new PiiHit(PiiKind.IPA, v6.start(), v6.end(), candidate, "IPV6", 0.9));
                }
            }
        }
        return hits;
    }

    /** Compressed ({@code ::}) or full (7 colons), with at least one hex digit: rules out times and bare "::". */
    private static boolean isIpv6Shaped(String candidate) {
        String address = candidate.indexOf('%') >= 0 ? candidate.substring(0, candidate.indexOf('%')) : candidate;
        long colons = address.chars().filter(c -> c == ':').count();
        boolean hasDigit = address.chars().anyMatch(c -> Character.digit(c, 16) >= 0);
        return hasDigit && (address.contains("::") || colons == 7 || (colons == 6 && address.indexOf('.') > 0));
    }
}
