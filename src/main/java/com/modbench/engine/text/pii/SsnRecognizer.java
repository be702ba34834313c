package com.modbench.engine.text.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US Social Security numbers written {@code AAA-GG-SSSS} or {@code AAA GG SSSS}. Numbers the SSA never issues (area
 * 000, 666 or 900–999, group 00, serial 0000) are rejected unless {@code compatibility} is on: the retired service
 * reported 999-99-9999 as an SSN.
 */
public final class SsnRecognizer implements PiiRecognizer {

    private static final Pattern SSN = Pattern.compile("(?<![\\w-])(\\d{3})([- ])(\\d{2})\\2(\\d{4})(?![\\w-])");

    private final boolean compatibility;

    public SsnRecognizer(boolean compatibility) {
        this.compatibility = compatibility;
    }

    @Override
    public List<PiiHit> find(String text) {
        List<PiiHit> hits = new ArrayList<>();
        Matcher m = SSN.matcher(text);
        while (m.find()) {
            if (compatibility || isIssuable(m.group(1), m.group(3), m.group(4))) {
                hits.add(new PiiHit(PiiKind.SSN, m.start(), m.end(), m.group(), null));
            }
        }
        return hits;
    }

    static boolean isIssuable(String area, String group, String serial) {
        int a = Integer.parseInt(area);
        return a != 0 && a != 666 && a < 900 && !group.equals("00") && !serial.equals("0000");
    }
}
