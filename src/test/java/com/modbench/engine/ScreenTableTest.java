package com.modbench.engine;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.model.text.DetectedTerm;
import com.modbench.model.text.Pii;
import com.modbench.model.text.Screen;
import com.modbench.testing.TestEngines;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The embedded engine's public behaviour, {@code EmbeddedModerator.standard(lists).text().screen(…)}, over a table of
 * texts: each PII kind, built-in terms at word boundaries, ordinary words that contain a term, and non-BMP text
 * before terms and PII. Every row asserts the complete list of findings, so a false positive fails as surely as a
 * miss, and every index is checked in UTF-16 units.
 */
class ScreenTableTest {

    static final String SEED = "Is this a crap email abcdef@abcd.com, phone: 6657789887, IP: 255.255.255.255, "
            + "1 Microsoft Way, Redmond, WA 98052";

    private static EmbeddedModerator moderator;

    @BeforeAll
    static void start() {
        moderator = TestEngines.shared();
    }

    static Stream<ScreenCase> seed() {
        return Stream.of(
                ScreenCase.of("seed sample, as the contract shows it", SEED).pii()
                        .term("crap").at(10).email("abcdef@abcd.com").at(21).phone("US", "6657789887").at(45)
                        .ipv4("255.255.255.255").at(61).address("1 Microsoft Way, Redmond, WA 98052").at(78),
                ScreenCase.of("seed sample after an emoji and a space shifts every index by three", "😀 " + SEED).pii()
                        .term("crap").at(13).email("abcdef@abcd.com").at(24).phone("US", "6657789887").at(48)
                        .ipv4("255.255.255.255").at(64).address("1 Microsoft Way, Redmond, WA 98052").at(81),
                ScreenCase.of("seed sample without PII requested", SEED).term("crap").at(10));
    }

    static Stream<ScreenCase> terms() {
        return Stream.of(
                ScreenCase.of("term alone", "crap").term("crap").at(0),
                ScreenCase.of("term before a full stop", "What a load of crap.").term("crap"),
                ScreenCase.of("term in capitals", "CRAP!").term("crap", "CRAP"),
                ScreenCase.of("every occurrence, any case", "Crap, crap and CRAP.")
                        .term("crap", "Crap").term("crap", "crap").term("crap", "CRAP"),
                ScreenCase.of("another built-in term", "You are an asshole").term("asshole"),
                ScreenCase.of("multi-word phrase", "he said alabama hot pocket again").term("alabama hot pocket"),
                ScreenCase.of("term in parentheses", "(crap)").term("crap").at(1),
                ScreenCase.of("term after newline and before tab", "first line\ncrap\tsecond").term("crap"),
                ScreenCase.of("a term and a longer term that starts with it", "shit and shitty")
                        .term("shit").at(0).term("shitty").at(9),
                ScreenCase.of("term between repeated terms and an emoji", "crap 😀 crap")
                        .term("crap").term("crap"),
                ScreenCase.of("word boundary: no term inside a longer word", "thecrapthing and scrap metal"),
                ScreenCase.of("word boundary: scrapbook", "She keeps a scrapbook."));
    }

    static Stream<ScreenCase> negatives() {
        return Stream.of(
                ScreenCase.of("ordinary word: class", "Our class starts at nine."),
                ScreenCase.of("ordinary word: assassin", "The assassin escaped through the window."),
                ScreenCase.of("ordinary word: Scunthorpe", "I grew up in Scunthorpe, North Lincolnshire."),
                ScreenCase.of("ordinary word: cocktail", "Let's have a cocktail after work."),
                ScreenCase.of("ordinary word: analysis", "The analysis is finished."),
                ScreenCase.of("ordinary word: therapist", "My therapist is on holiday."),
                ScreenCase.of("ordinary word: grape", "A grape fell off the table."),
                ScreenCase.of("ordinary words together", "Classic cocktails, a grapefruit, the cockpit, "
                        + "Middlesex and Sussex, buttons, a title, a shell: hello passage assumption."));
    }

    static Stream<ScreenCase> pii() {
        return Stream.of(
                ScreenCase.of("email", "Write to jane.doe+news@example.co.uk today").pii()
                        .email("jane.doe+news@example.co.uk"),
                ScreenCase.of("email in capitals", "JOHN.SMITH@EXAMPLE.COM wrote").pii()
                        .email("JOHN.SMITH@EXAMPLE.COM"),
                ScreenCase.of("not an email: handle, host without a domain", "ping @jane or user@localhost").pii(),
                ScreenCase.of("IPv4", "server 10.0.0.1 is down").pii().ipv4("10.0.0.1"),
                ScreenCase.of("not IPv4: version string, octet over 255", "version 1.2.3.4.5 and 999.1.1.1").pii(),
                ScreenCase.of("IPv6 compressed", "gateway 2001:db8::1 online").pii().ipv6("2001:db8::1"),
                ScreenCase.of("IPv6 full", "host 2001:0db8:85a3:0000:0000:8a2e:0370:7334 up").pii()
                        .ipv6("2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
                ScreenCase.of("US phone with dashes", "call 425-555-0100 tonight").pii().phone("US", "425-555-0100"),
                ScreenCase.of("US phone with area code in brackets", "office (206) 555-0123 ext").pii()
                        .phone("US", "(206) 555-0123"),
                ScreenCase.of("US phone with +1", "dial +1 425 555 0100 now").pii().phone("US", "+1 425 555 0100"),
                ScreenCase.of("UK phone, international", "call +44 20 7946 0958 now").pii()
                        .phone("UK", "+44 20 7946 0958"),
                ScreenCase.of("UK phone, national", "call 020 7946 0958 now").pii().phone("UK", "020 7946 0958"),
                ScreenCase.of("US address with directional", "Ship to 1600 Pennsylvania Ave NW, Washington, DC 20500 "
                        + "today").pii().address("1600 Pennsylvania Ave NW, Washington, DC 20500"),
                ScreenCase.of("US address with ZIP", "Visit 350 Fifth Avenue, New York, NY 10118 soon").pii()
                        .address("350 Fifth Avenue, New York, NY 10118"),
                ScreenCase.of("SSN with dashes", "my ssn is 123-45-6789").pii().ssn("123-45-6789"),
                ScreenCase.of("SSN with spaces", "my ssn is 123 45 6789").pii().ssn("123 45 6789"),
                ScreenCase.of("not SSN: numbers never issued", "ids 000-12-3456 and 666-12-3456").pii(),
                ScreenCase.of("no PII in plain words", "Nothing personal here at all.").pii());
    }

    static Stream<ScreenCase> nonBmp() {
        return Stream.of(
                ScreenCase.of("emoji before term", "😀 crap").term("crap").at(3),
                ScreenCase.of("emoji with skin tone before term", "👍🏽👍🏽 crap").term("crap").at(9),
                ScreenCase.of("emoji ZWJ sequence before term", "👨\u200D👩\u200D👧 crap").term("crap").at(9),
                ScreenCase.of("mathematical letters before term", "𝕙𝕖𝕝𝕝𝕠 crap").term("crap").at(11),
                ScreenCase.of("CJK extension B before term", "𠀀𠀁 crap").term("crap").at(5),
                ScreenCase.of("emoji before email", "😀😀 mail abcdef@abcd.com").pii().email("abcdef@abcd.com").at(10),
                ScreenCase.of("mathematical letter before phone", "𝕏 425-555-0100").pii()
                        .phone("US", "425-555-0100").at(3),
                ScreenCase.of("CJK extension B before IPv4", "𠀀 192.168.1.1").pii().ipv4("192.168.1.1").at(3),
                ScreenCase.of("emoji before IPv6", "🌍 fe80::1ff:fe23:4567:890a").pii()
                        .ipv6("fe80::1ff:fe23:4567:890a").at(3),
                ScreenCase.of("emoji before SSN", "🙂 123-45-6789").pii().ssn("123-45-6789").at(3),
                ScreenCase.of("emoji before address", "📦 1600 Pennsylvania Ave NW, Washington, DC 20500").pii()
                        .address("1600 Pennsylvania Ave NW, Washington, DC 20500").at(3),
                ScreenCase.of("non-BMP between findings", "𝕏 crap 😀 abcdef@abcd.com 𠀀 10.0.0.1").pii()
                        .term("crap").at(3).email("abcdef@abcd.com").at(11).ipv4("10.0.0.1").at(30));
    }

    @ParameterizedTest(name = "seed: {0}")
    @MethodSource("seed")
    void seedSample(ScreenCase row) {
        check(row);
    }

    @ParameterizedTest(name = "terms: {0}")
    @MethodSource("terms")
    void builtInTerms(ScreenCase row) {
        check(row);
    }

    @ParameterizedTest(name = "negative: {0}")
    @MethodSource("negatives")
    void ordinaryWordsAreNotTerms(ScreenCase row) {
        check(row);
    }

    @ParameterizedTest(name = "PII: {0}")
    @MethodSource("pii")
    void personalData(ScreenCase row) {
        check(row);
    }

    @ParameterizedTest(name = "non-BMP: {0}")
    @MethodSource("nonBmp")
    void nonBmpText(ScreenCase row) {
        check(row);
    }

    static void check(ScreenCase row) {
        Screen screen = moderator.text().screen(row.text, row.options);
        List<Runnable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(row.expectedSorted(), ScreenCase.findings(screen), "findings in " + row.text));
        checks.add(() -> assertEquals(row.text, screen.originalText()));
        checks.add(() -> assertEquals(3000, screen.status().code()));
        if (row.expected.stream().noneMatch(f -> f.kind().equals("Term"))) {
            checks.add(() -> assertNull(screen.terms(), "Terms is null when nothing matched"));
        }
        if (!row.options.pii()) {
            checks.add(() -> assertNull(screen.pii(), "PII only when requested"));
        }
        if (screen.terms() != null) {
            for (DetectedTerm t : screen.terms()) {
                checks.add(() -> assertTrue(screen.normalizedText().startsWith(t.term(), t.index()),
                        "Index " + t.index() + " points at '" + t.term() + "' in NormalizedText '"
                                + screen.normalizedText() + "'"));
            }
        }
        if (screen.pii() != null) {
            for (Pii.Email e : screen.pii().email()) {
                checks.add(() -> assertEquals(e.text(), e.detected()));
            }
        }
        assertAll(row.name, checks.stream().map(c -> c::run));
    }
}
