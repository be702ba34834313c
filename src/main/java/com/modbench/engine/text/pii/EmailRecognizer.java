package com.modbench.engine.text.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.EmailValidator;

/** E-mail addresses, validated (including a real top-level domain) with commons-validator. */
public final class EmailRecognizer implements PiiRecognizer {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\w.+-])[\\w.%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}(?![\\w-])");

    @Override
    public List<PiiHit> find(String text) {
        List<PiiHit> hits = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (EmailValidator.getInstance(false, true).isValid(m.group())) {
                hits.add(new PiiHit(PiiKind.EMAIL, m.start(), m.end(), m.group(), "Regular"));
            }
        }
        return hits;
    }
}
