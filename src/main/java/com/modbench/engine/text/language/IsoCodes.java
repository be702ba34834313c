package com.modbench.engine.text.language;

import java.util.HashMap;
import java.util.Map;

/**
 * ISO 639-1 → ISO 639-3 for the languages the n-gram models cover, and the macrolanguage codes we report where
 * OpenNLP names an individual language (Mandarin {@code cmn} → Chinese {@code zho}, Iranian Persian {@code pes} →
 * {@code fas}, Standard Estonian {@code ekk} → {@code est}, Standard Latvian {@code lvs} → {@code lav}, Standard Malay
 * {@code zsm} → {@code msa}), so both detectors give one code per language and lexicons can be keyed by it.
 */
public final class IsoCodes {

    private static final Map<String, String> TO_639_3 = new HashMap<>();
    private static final Map<String, String> TO_MACROLANGUAGE = Map.of(
            "cmn", "zho", "pes", "fas", "ekk", "est", "lvs", "lav", "zsm", "msa", "plt", "mlg");

    static {
        String pairs = "af afr sq sqi ar ara hy hye az aze eu eus be bel bn ben nb nob bs bos bg bul ca cat zh zho "
                + "hr hrv cs ces da dan nl nld en eng eo epo et est fi fin fr fra lg lug ka kat de deu el ell gu guj "
                + "he heb hi hin hu hun is isl id ind ga gle it ita ja jpn kk kaz ko kor la lat lv lav lt lit mk mkd "
                + "ms msa mi mri mr mar mn mon nn nno fa fas pl pol pt por pa pan ro ron ru rus sr srp sn sna sk slk "
                + "sl slv so som st sot es spa sw swa sv swe tl tgl ta tam te tel th tha ts tso tn tsn tr tur uk ukr "
                + "ur urd vi vie cy cym xh xho yo yor zu zul";
        String[] codes = pairs.split(" ");
        for (int i = 0; i < codes.length; i += 2) {
            TO_639_3.put(codes[i], codes[i + 1]);
        }
    }

    private IsoCodes() {
    }

    /** The ISO 639-3 code for an ISO 639-1 code the models know, or null. */
    public static String to639_3(String iso639_1) {
        return TO_639_3.get(iso639_1);
    }

    /** Every ISO 639-1 code the models know. */
    public static java.util.Set<String> known639_1() {
        return java.util.Collections.unmodifiableSet(TO_639_3.keySet());
    }

    /** {@code code} with individual languages folded into their macrolanguage. */
    public static String macrolanguage(String code) {
        return TO_MACROLANGUAGE.getOrDefault(code, code);
    }
}
