package com.modbench.engine.text.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * E-mail addresses. A permissive candidate pattern (Unicode letters, as Presidio's) is validated by commons-validator,
 * which also requires a real top-level domain from its IANA list, so {@code a@b.invalidtld} is dropped.
 */
public final class EmailRecognizer implements PiiRecognizer {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+'-])[\\p{L}\\p{N}_%+'-]+(?:\\.[\\p{L}\\p{N}_%+'-]+)*"
                    + "@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,24}(?![\\p{L}\\p{N}-])");
    /** Only the neighbourhood of each "@" is read: RFC 5321 caps the local part at 64 and a domain at 255. */
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 256;
    private static final EmailValidator VALIDATOR = EmailValidator.getInstance(false, false);

    @Override
    public List<PiiHit> find(ScannedText scan, Validation validation) {
        String text = scan.text();
        List<PiiHit> hits = new ArrayList<>();
        Matcher m = null;
        int searched = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > searched && at - start < MAX_LOCAL && isLocalPart(text.charAt(start - 1))) {
                start--;
            }
            if (start == at) {
                continue;
            }
            if (m == null) {
                m = CANDIDATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(start, Math.min(text.length(), at + MAX_DOMAIN));
            if (m.lookingAt() && VALIDATOR.isValid(m.group())) {
                hits.add(new PiiHit(PiiKind.EMAIL, m.start(), m.end(), m.group(), "Regular", 1.0));
                searched = m.end();
            }
        }
        return hits;
    }

    private static boolean isLocalPart(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '\'' || c == '-';
    }
}
