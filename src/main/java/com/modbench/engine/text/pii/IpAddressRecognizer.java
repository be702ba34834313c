package com.modbench.engine.text.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.InetAddressValidator;

/** IPv4 and IPv6 addresses; each candidate must be a valid address, so 999.1.1.1 or version strings are skipped. */
public final class IpAddressRecognizer implements PiiRecognizer {

    private static final Pattern IPV4 = Pattern.compile("(?<![\\w.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\w]|\\.\\d)");
    private static final Pattern IPV6 = Pattern.compile(
            "(?<![\\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\\d{1,3}\\.){3}\\d{1,3})?(?![\\w:])");

    @Override
    public List<PiiHit> find(String text) {
        InetAddressValidator validator = InetAddressValidator.getInstance();
        List<PiiHit> hits = new ArrayList<>();
        Matcher v4 = IPV4.matcher(text);
        while (v4.find()) {
            if (validator.isValidInet4Address(v4.group())) {
                hits.add(new PiiHit(PiiKind.IPA, v4.start(), v4.end(), v4.group(), "IPV4"));
            }
        }
        Matcher v6 = IPV6.matcher(text);
        while (v6.find()) {
            String candidate = v6.group();
            if (candidate.contains("::") || candidate.chars().filter(c -> c == ':').count() >= 7) {
                if (validator.isValidInet6Address(candidate)) {
                    hits.add(new PiiHit(PiiKind.IPA, v6.start(), v6.end(), candidate, "IPV6"));
                }
            }
        }
        return hits;
    }
}
