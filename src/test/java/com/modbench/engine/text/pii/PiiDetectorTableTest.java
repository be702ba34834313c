package com.modbench.engine.text.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every PII kind over a table of positives, negatives and boundaries, in both validation modes. Each row lists the
 * complete expected findings as {@code KIND[detail]:text@index}, so a false positive fails as surely as a miss;
 * indexes are UTF-16 units into the original text.
 */
class PiiDetectorTableTest {

    private static final PiiDetector DETECTOR = PiiDetector.standard();
    private static final String SEED = "Is this a crap email abcdef@abcd.com, phone: 6657789887, "
            + "IP: 255.255.255.255, 1 Microsoft Way, Redmond, WA 98052";

    record Row(String name, String text, Validation validation, List<String> expected) {
        @Override
        public String toString() {
            return name + " (" + validation.name().toLowerCase() + ")";
        }
    }

    private static Row both(String name, String text, String... expected) {
        return new Row(name, text, null, List.of(expected));
    }

    private static Row compat(String name, String text, String... expected) {
        return new Row(name, text, Validation.COMPATIBLE, List.of(expected));
    }

    private static Row strict(String name, String text, String... expected) {
        return new Row(name, text, Validation.STRICT, List.of(expected));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                compat("seed sample, as the contract shows it", SEED, "EMAIL[Regular]:abcdef@abcd.com@21",
                        "PHONE[US]:6657789887@45", "IPA[IPV4]:255.255.255.255@61",
                        "ADDRESS:1 Microsoft Way, Redmond, WA 98052@78"),
                strict("seed sample, strict: 665 is no US area code", SEED, "EMAIL[Regular]:abcdef@abcd.com@21",
                        "IPA[IPV4]:255.255.255.255@61", "ADDRESS:1 Microsoft Way, Redmond, WA 98052@78"),
                compat("seed phone: 665 is no area code, but the service reported it", "phone: 6657789887",
                        "PHONE[US]:6657789887@7"),
                strict("seed phone is not a valid US number", "phone: 6657789887"),
                // e-mail
                both("email with plus and subdomain", "mail jane.doe+news@mail.example.co.uk now",
                        "EMAIL[Regular]:jane.doe+news@mail.example.co.uk@5"),
                both("email before a full stop", "Write to a.b@example.org.", "EMAIL[Regular]:a.b@example.org@9"),
                both("email with unicode domain", "écrire à josé@exemple.fr", "EMAIL[Regular]:josé@exemple.fr@9"),
                both("not email: unknown top-level domain", "me@example.invalidtld"),
                both("not email: no domain dot", "me@localhost and @handle"),
                // IP
                both("IPv4 at the end of a sentence", "Blocked 192.168.0.1.", "IPA[IPV4]:192.168.0.1@8"),
                both("not IPv4: octet 256, leading zero, five parts", "256.1.1.1 01.2.3.4 1.2.3.4.5"),
                both("IPv6 loopback", "bind ::1 please", "IPA[IPV6]:::1@5"),
                both("IPv6 with embedded IPv4", "mapped ::ffff:192.0.2.128 ok", "IPA[IPV6]:::ffff:192.0.2.128@7"),
                both("IPv6 with zone id", "link fe80::1%eth0 up", "IPA[IPV6]:fe80::1%eth0@5"),
                both("not IPv6: a time, a MAC address, a bare ::", "at 10:20:30 mac 00:1A:2B:3C:4D:5E and ::"),
                // SSN
                both("SSN dashed", "SSN 123-45-6788", "SSN:123-45-6788@4"),
                both("SSN with dots", "ssn: 536.22.8971", "SSN:536.22.8971@5"),
                compat("SSN in the 9xx range: the service reported 999-99-9999", "number 999-99-9999",
                        "SSN:999-99-9999@7"),
                strict("SSN in the 9xx range is never issued", "number 999-99-9999"),
                both("not SSN: area 000, area 666, group 00, serial 0000",
                        "000-12-3456 666-12-3456 123-00-4567 123-45-0000"),
                both("not SSN: mixed delimiters", "123-45 6789"),
                both("bare nine digits with SSN context", "my social security number is 536228971",
                        "SSN:536228971@29"),
                both("bare nine digits without context are not an SSN", "order 536228971 shipped"),
                strict("famous invalid SSN (Woolworth wallet)", "SSN 078-05-1120"),
                // phones
                both("US phone, dashes", "call 425-555-0100 tonight", "PHONE[US]:425-555-0100@5"),
                both("US phone, brackets", "office (206) 555-0123", "PHONE[US]:(206) 555-0123@7"),
                both("US phone with +1 and extension", "dial +1 425 555 0100 x123", "PHONE[US]:+1 425 555 0100 x123@5"),
                both("UK phone, national", "ring 020 7946 0958 now", "PHONE[UK]:020 7946 0958@5"),
                both("UK mobile, international", "text +44 7911 123456", "PHONE[UK]:+44 7911 123456@5"),
                both("German phone, international", "Tel. +49 30 901820", "PHONE[DE]:+49 30 901820@5"),
                compat("French mobile, national, with context", "Mobile: 06 12 34 56 78", "PHONE[FR]:06 12 34 56 78@8"),
                strict("French mobile, national: strict keeps US and UK national numbers only",
                        "Mobile: 06 12 34 56 78"),
                both("French phone, international", "Mobile: +33 6 12 34 56 78", "PHONE[FR]:+33 6 12 34 56 78@8"),
                both("not a phone: date and time", "On 2007-01-17 23:08:55 it began"),
                both("not a phone: a licence number", "my driver's license number is 5130634"),
                both("not a phone: short digit runs", "room 12, 3456 people"),
                // address
                both("address with unit and ZIP+4", "Send it to 500 W 2nd St Apt 4B, Austin, TX 78701-1234 please",
                        "ADDRESS:500 W 2nd St Apt 4B, Austin, TX 78701-1234@11"),
                both("address spelled-out number, state name", "One Microsoft Way, Redmond, Washington 98052",
                        "ADDRESS:One Microsoft Way, Redmond, Washington 98052@0"),
                both("PO box address", "PO Box 1234, Springfield, IL 62704", "ADDRESS:PO Box 1234, Springfield, IL 62704@0"),
                compat("military address", "PSC 3294, Box 9168\nAPO AA 61487", "ADDRESS:PSC 3294, Box 9168\nAPO AA 61487@0"),
                strict("military address with a ZIP outside AA's 340xx", "PSC 3294, Box 9168\nAPO AA 61487"),
                strict("ZIP that belongs to the state", "1 Main St, Seattle, WA 98101", "ADDRESS:1 Main St, Seattle, WA 98101@0"),
                strict("ZIP that belongs to another state", "1 Main St, Seattle, WA 10001"),
                both("not an address: no street suffix", "I have 3 dogs in Seattle, WA 98101"),
                // cards and IBANs (extension kinds; the table asks for them)
                both("Visa, grouped", "card 4111 1111 1111 1111 exp", "CREDIT_CARD[Visa]:4111 1111 1111 1111@5"),
                both("Amex without context", "pay 378282246310005 now", "CREDIT_CARD[Amex]:378282246310005@4"),
                both("not a card: fails Luhn", "card 4111 1111 1111 1112"),
                both("not a card: mixed separators", "4111 1111-1111 1111"),
                both("Maestro 12 digits needs context", "credit card 630427373398", "CREDIT_CARD[Maestro]:630427373398@12"),
                both("12 digits without context", "ref 630427373398"),
                both("IBAN compact", "My IBAN is GB82WEST12345698765432.", "IBAN[GB]:GB82WEST12345698765432@11"),
                both("IBAN grouped", "IBAN DE89 3704 0044 0532 0130 00 thanks", "IBAN[DE]:DE89 3704 0044 0532 0130 00@5"),
                both("not an IBAN: wrong check digits", "GB83WEST12345698765432"),
                // non-BMP text around PII keeps UTF-16 indexes
                both("emoji and CJK extension B before PII", "😀𠀀 mail a@b.io or 425-555-0100",
                        "EMAIL[Regular]:a@b.io@10", "PHONE[US]:425-555-0100@20"),
                both("mathematical letters around an IP", "𝕩 10.0.0.1 𝕪", "IPA[IPV4]:10.0.0.1@3")
        ).flatMap(row -> row.validation() != null ? Stream.of(row)
                : Stream.of(new Row(row.name(), row.text(), Validation.COMPATIBLE, row.expected()),
                        new Row(row.name(), row.text(), Validation.STRICT, row.expected())))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsExactlyTheExpectedPii(Row row) {
        List<String> actual = DETECTOR.find(row.text(), row.validation(), true).stream()
                .map(h -> h.kind() + (h.detail() == null ? "" : "[" + h.detail() + "]") + ":" + h.text() + "@"
                        + h.start())
                .toList();
        assertEquals(row.expected(), actual, row.text());
        for (PiiHit hit : DETECTOR.find(row.text(), row.validation(), true)) {
            assertEquals(hit.text(), row.text().substring(hit.start(), hit.end()), "span matches text");
        }
    }
}
