package com.modbench.engine.text.pii;

import com.modbench.engine.text.pii.PiiDetectorTableTest.Row;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edges of the prefilters that keep the detector fast (digit runs as seeds, capitals as state candidates, the
 * e-mail search around each '@'): PII at index 0 and at the very end, next to surrogates and emoji, non-ASCII
 * digits (which only the e-mail pattern accepts), long runs of digits. Expected findings are those of the plain
 * whole-text regex search the prefilters replaced, in both validation modes unless a row says otherwise.
 */
class PiiFastPathTest {

    /** The table test's check: exactly these findings, each span matching the text. */
    private static final PiiDetectorTableTest TABLE = new PiiDetectorTableTest();
    private static final String LETTERS = "a".repeat(1000);

    private static Stream<Row> both(String name, String text, String... expected) {
        return Stream.of(new Row(name, text, Validation.COMPATIBLE, List.of(expected)),
                new Row(name, text, Validation.STRICT, List.of(expected)));
    }

    private static Stream<Row> compat(String name, String text, String... expected) {
        return Stream.of(new Row(name, text, Validation.COMPATIBLE, List.of(expected)));
    }

    private static Stream<Row> strict(String name, String text, String... expected) {
        return Stream.of(new Row(name, text, Validation.STRICT, List.of(expected)));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // digits at the edges of the text
                both("phone is the whole text", "4255550100", "PHONE[US]:4255550100@0"),
                both("phone at index 0", "425-555-0100 is mine", "PHONE[US]:425-555-0100@0"),
                both("phone at the very end", "call 425-555-0100", "PHONE[US]:425-555-0100@5"),
                both("SSN is the whole text", "123-45-6788", "SSN:123-45-6788@0"),
                both("IPv4 is the whole text", "10.0.0.1", "IPA[IPV4]:10.0.0.1@0"),
                both("IPv6 is the whole text", "::1", "IPA[IPV6]:::1@0"),
                both("IPv6 at the very end", "link fe80::1", "IPA[IPV6]:fe80::1@5"),
                both("IPv6 without a decimal digit", "at 10:20:30 and fe80::1 and ab::cd", "IPA[IPV6]:fe80::1@16",
                        "IPA[IPV6]:ab::cd@28"),
                both("card is the whole text", "4111 1111 1111 1111", "CREDIT_CARD[Visa]:4111 1111 1111 1111@0"),
                both("IBAN is the whole text", "GB82WEST12345698765432", "IBAN[GB]:GB82WEST12345698765432@0"),
                both("IBAN in lower case", "de89370400440532013000", "IBAN[DE]:de89370400440532013000@0"),
                // '@' at the edges
                both("a lone @", "@"),
                both("@ at index 0", "@user hi"),
                both("@ at the very end", "mail me@"),
                both("no local part", "@a.io"),
                both("e-mail is the whole text", "a@b.io", "EMAIL[Regular]:a@b.io@0"),
                // digits other than ASCII: only the e-mail pattern takes them
                both("full-width phone digits", "call ４２５-５５５-０１００"),
                both("Arabic-Indic phone digits", "call ٤٢٥-٥٥٥-٠١٠٠"),
                both("full-width IPv4 digits", "ip １０.０.０.１"),
                both("full-width SSN digits", "SSN １２３-４５-６７８８"),
                both("full-width digits in an e-mail", "１２３@example.com", "EMAIL[Regular]:１２３@example.com@0"),
                both("Arabic-Indic digits in an e-mail", "mail ١٢٣@example.com", "EMAIL[Regular]:١٢٣@example.com@5"),
                both("full-width digit in a domain", "joe@exa１mple.com", "EMAIL[Regular]:joe@exa１mple.com@0"),
                both("full-width ZIP is not a ZIP", "1 Main St, Seattle, WA ９８１０１",
                        "ADDRESS:1 Main St, Seattle, WA@0"),
                both("full-width house number", "１ Main St, Seattle, WA 98101"),
                // long digit runs
                both("1,024 digits", "0123456789".repeat(103).substring(0, 1024)),
                both("1,024 zeros", "0".repeat(1024)),
                both("sixteen digits", "4111111111111111", "CREDIT_CARD[Visa]:4111111111111111@0"),
                // surrogates and emoji next to candidates
                both("emoji around a phone", "😀425-555-0100😀", "PHONE[US]:425-555-0100@2"),
                both("emoji around an IPv4", "😀10.0.0.1😀", "IPA[IPV4]:10.0.0.1@2"),
                both("emoji after an e-mail", "a@b.io😀", "EMAIL[Regular]:a@b.io@0"),
                both("emoji before an e-mail", "😀a@b.io", "EMAIL[Regular]:a@b.io@2"),
                both("emoji around an address", "😀1 Main St, Seattle, WA 98101😀",
                        "ADDRESS:1 Main St, Seattle, WA 98101@2"),
                both("mathematical letters around an SSN", "𝕩123-45-6788𝕩", "SSN:123-45-6788@2"),
                both("lone surrogates around a phone", "\uD800425-555-0100\uDC00", "PHONE[US]:425-555-0100@1"),
                both("lone surrogates around an IPv4", "\uDC0010.0.0.1\uD800", "IPA[IPV4]:10.0.0.1@1"),
                // far from the start
                both("phone after 1,000 letters", LETTERS + " call 425-555-0100", "PHONE[US]:425-555-0100@1006"),
                both("address after 1,000 letters", LETTERS + " 1 Main St, Seattle, WA 98101",
                        "ADDRESS:1 Main St, Seattle, WA 98101@1001"),
                both("IPv4 after 1,000 letters", LETTERS + " 10.0.0.1", "IPA[IPV4]:10.0.0.1@1001"),
                // where an address may end and start
                both("state code without ZIP", "1 Main St, Seattle, WA", "ADDRESS:1 Main St, Seattle, WA@0"),
                both("dotted state code", "1 Main St, Seattle, W.A. 98101", "ADDRESS:1 Main St, Seattle, W.A. 98101@0"),
                both("a state and ZIP alone", "WA 98101"),
                both("number word, but no ASCII digit anywhere: addresses are not searched",
                        "One Main St, Seattle, WA"),
                both("number word, and a digit elsewhere", "One Main St, Seattle, WA 1",
                        "ADDRESS:One Main St, Seattle, WA@0"),
                both("a code glued to digits is no state", "12WA 98101 1 Main St, Seattle, WA 98101",
                        "ADDRESS:98101 1 Main St, Seattle, WA 98101@5"),
                both("military address", "PSC 3294, Box 9168\nAPO AA 34001",
                        "ADDRESS:PSC 3294, Box 9168\nAPO AA 34001@0"),
                // what a phone run may hold between its digits
                compat("extension after the number", "call 555 1234 ext 12", "PHONE[LU]:555 1234 ext 12@5"),
                strict("extension after the number", "call 555 1234 ext 12"),
                both("digits split by letters of 'ext'", "phone 12 x 34 t 56 e 78"),
                compat("seven single digits", "phone 1 2 3 4 5 6 7", "PHONE[AT]:1 2 3 4 5 6 7@6"),
                strict("seven single digits", "phone 1 2 3 4 5 6 7")
        ).flatMap(rows -> rows).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsExactlyTheExpectedPii(Row row) {
        TABLE.findsExactlyTheExpectedPii(row);
    }
}
