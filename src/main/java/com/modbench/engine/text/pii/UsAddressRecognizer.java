package com.modbench.engine.text.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US mailing addresses: house number, street name, USPS street suffix, optional unit, city, state (USPS code or
 * name) and ZIP or ZIP+4, as pyap parses them.
 */
public final class UsAddressRecognizer implements PiiRecognizer {

    private static final String SUFFIX = "(?:Avenue|Ave|Boulevard|Blvd|Circle|Cir|Court|Ct|Drive|Dr|Highway|Hwy|"
            + "Lane|Ln|Parkway|Pkwy|Place|Pl|Plaza|Road|Rd|Square|Sq|Street|St|Terrace|Ter|Trail|Trl|Way|Alley|Aly|"
            + "Crescent|Cres|Expressway|Expy|Freeway|Fwy|Loop|Pike|Point|Pt|Route|Rte|Run|Walk|Row|Path)\\.?";
    private static final String STATE = "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|"
            + "MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|"
            + "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|"
            + "Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
            + "Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
            + "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
            + "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)";
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\w-])\\d{1,6}(?:-\\d{1,4})?\\s+(?:(?:[NSEW]|North|South|East|West)\\.?\\s+)?"
                    + "(?:[A-Z0-9][A-Za-z0-9'.-]*\\s+){1,4}" + SUFFIX
                    + "(?:\\s+(?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?"
                    + "(?:,?\\s*(?:Apt|Apartment|Suite|Ste|Unit|#|Fl|Floor|Rm|Room)\\.?\\s*#?\\s*[A-Za-z0-9-]+)?"
                    + ",?\\s+(?:[A-Z][A-Za-z.'-]*\\s?){1,3},?\\s+" + STATE + ",?\\s+\\d{5}(?:-\\d{4})?(?!\\d)");

    @Override
    public List<PiiHit> find(String text) {
        List<PiiHit> hits = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            hits.add(new PiiHit(PiiKind.ADDRESS, m.start(), m.end(), m.group(), null));
        }
        return hits;
    }
}
