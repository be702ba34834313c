package com.modbench.bench.stages;

import com.modbench.api.ScreenOptions;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.engine.text.autocorrect.Autocorrector;
import com.modbench.engine.text.autocorrect.HunspellAutocorrector;
import com.modbench.engine.text.language.HybridLanguageDetector;
import com.modbench.engine.text.language.LanguageDetector;
import com.modbench.engine.text.pii.PiiDetector;
import com.modbench.engine.text.pii.Validation;
import com.modbench.testing.TestEngines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Latency of the PII, language and autocorrect stages and of the whole screen with every option, on 1,024- and
 * 100-character chat-like texts (words, typos, PII, leet, emoji) built from a fixed seed. A small main, not a unit
 * test: {@code java -cp target/classes:target/test-classes:<deps> com.modbench.bench.stages.TextStagesBench}.
 * Prints start-up and first-call (model load) times, then p50/p99/max per stage after warm-up.
 */
public final class TextStagesBench {

    private static final String[] PIECES = {
        "hey", "there", "what", "a", "load", "of", "crap", "this", "is", "honestly", "the", "worst", "service",
        "I", "have", "ever", "seen", "recieve", "definately", "teh", "quck", "brown", "f0x", "lzay", "dog", "occured",
        "please", "call", "me", "at", "425-555-0100", "or", "+44 20 7946 0958", "mail", "jane.doe@example.com",
        "my", "card", "4111 1111 1111 1111", "ssn", "123-45-6789", "server", "10.0.0.1", "send", "it", "to",
        "1 Microsoft Way, Redmond, WA 98052", "tomorrow", "😀", "thanks", "lol", "u", "r", "so", "kewl", "grabage",
        "IBAN", "GB82WEST12345698765432", "and", "then", "we", "will", "see", "about", "that", "ok", "bye"};

    private TextStagesBench() {
    }

    static List<String> texts(int count, int length, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < length) {
                sb.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(8) == 0 ? ". " : " ");
            }
            String text = sb.substring(0, length);
            if (Character.isHighSurrogate(text.charAt(length - 1))) {
                text = text.substring(0, length - 1) + " ";
            }
            out.add(text);
        }
        return out;
    }

    static void measure(String name, List<String> texts, int rounds, Consumer<String> work) {
        for (int r = 0; r < rounds; r++) {
            for (String text : texts) {
                work.accept(text);
            }
        }
        long[] nanos = new long[texts.size() * rounds];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (String text : texts) {
                long start = System.nanoTime();
                work.accept(text);
                nanos[n++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-40s p50 %7.1f µs   p99 %7.1f µs   max %8.1f µs   (n=%d)%n", name,
                nanos[n / 2] / 1e3, nanos[(int) (n * 0.99)] / 1e3, nanos[n - 1] / 1e3, n);
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        EmbeddedModerator moderator = TestEngines.inMemory();
        System.out.printf(Locale.ROOT, "EmbeddedModerator.standard(): %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        ScreenOptions every = ScreenOptions.all().withExtendedPii(true);
        t0 = System.nanoTime();
        moderator.text().screen("first call loads the models: teh quck fox", every);
        System.out.printf(Locale.ROOT, "first screen with every option (loads language and spelling models): %d ms%n",
                (System.nanoTime() - t0) / 1_000_000);

        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        PiiDetector pii = PiiDetector.standard();
        LanguageDetector language = new HybridLanguageDetector();
        Autocorrector autocorrect = HunspellAutocorrector.english();
        for (int length : new int[] {1024, 100}) {
            List<String> texts = texts(200, length, 42);
            System.out.println("-- " + length + " characters, 200 texts x " + rounds + " rounds");
            measure("PII (compatible, extended)", texts, rounds, t -> pii.find(t, Validation.COMPATIBLE, true));
            measure("PII (strict, extended)", texts, rounds, t -> pii.find(t, Validation.STRICT, true));
            measure("language", texts, rounds, language::detect);
            measure("autocorrect", texts, rounds, t -> autocorrect.correct(t, w -> false));
            measure("screen, every option", texts, rounds, t -> moderator.text().screen(t, every));
        }
    }
}
