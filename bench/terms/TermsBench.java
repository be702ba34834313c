import com.modbench.engine.text.normalize.CaseFoldNormalizer;
import com.modbench.engine.text.normalize.NormalizedText;
import com.modbench.engine.text.normalize.Normalizer;
import com.modbench.engine.text.terms.BuiltInTerms;
import com.modbench.engine.text.terms.TermEntry;
import com.modbench.engine.text.terms.TermIndex;
import com.modbench.engine.text.terms.TermIndexes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Latency of normalisation + term matching (the terms stage alone), 100 and 1,024 chars, built-in English index
 * alone and with a custom list of 10 or 10,000 terms. Run with bench/terms.sh. Prints p50/p99 per call.
 */
public final class TermsBench {

    private static final String[] WORDS = ("the quick brown fox jumps over the lazy dog and then some more words "
            + "people write in chat every day like hello thanks please meeting tomorrow at 10 am see you soon "
            + "sh1t f u c k a$$hole fuuuck ｆｕｃｋ Scunthorpe class grape $100 3 apples email@example.com").split(" ");

    public static void main(String[] args) {
        Normalizer normalizer = new CaseFoldNormalizer();
        long t0 = System.nanoTime();
        BuiltInTerms builtIn = new BuiltInTerms();
        TermIndex english = builtIn.apply("eng");
        System.out.printf("compile English built-in: %.0f ms (%d terms)%n", (System.nanoTime() - t0) / 1e6,
                english.size());
        Random random = new Random(7);
        TermIndex custom10 = TermIndexes.compile(randomTerms(random, 10));
        t0 = System.nanoTime();
        TermIndex custom10k = TermIndexes.compile(randomTerms(random, 10_000));
        System.out.printf("compile 10,000 custom terms: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        for (int length : new int[] {100, 1024}) {
            List<String> texts = texts(random, length, 200);
            run("normalise + English, " + length + " chars", texts, normalizer, english, null);
            run("normalise + English + 10 custom, " + length + " chars", texts, normalizer, english, custom10);
            run("normalise + English + 10,000 custom, " + length + " chars", texts, normalizer, english, custom10k);
        }
    }

    private static void run(String name, List<String> texts, Normalizer normalizer, TermIndex builtIn,
            TermIndex custom) {
        int iterations = 20_000;
        long[] nanos = new long[iterations];
        int sink = 0;
        for (int i = -10_000; i < iterations; i++) {
            String text = texts.get(Math.floorMod(i, texts.size()));
            long start = System.nanoTime();
            NormalizedText normalized = normalizer.normalize(text);
            sink += builtIn.find(normalized.text()).size();
            if (custom != null) {
                sink += custom.find(normalized.text()).size();
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("%-46s p50 %6.1f µs  p99 %6.1f µs  mean %6.1f µs  (hits %d)%n", name,
                nanos[iterations / 2] / 1e3, nanos[iterations * 99 / 100] / 1e3,
                Arrays.stream(nanos).average().orElse(0) / 1e3, sink);
    }

    private static List<String> texts(Random random, int length, int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            texts.add(text.substring(0, length));
        }
        return texts;
    }

    private static List<TermEntry> randomTerms(Random random, int count) {
        List<TermEntry> terms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder term = new StringBuilder();
            int words = 1 + random.nextInt(2);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    term.append(' ');
                }
                for (int c = 4 + random.nextInt(6); c > 0; c--) {
                    term.append((char) ('a' + random.nextInt(26)));
                }
            }
            terms.add(TermEntry.custom(term.toString(), 1));
        }
        return terms;
    }
}
