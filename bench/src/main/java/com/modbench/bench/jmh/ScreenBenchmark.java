package com.modbench.bench.jmh;

import com.modbench.api.ScreenOptions;
import com.modbench.engine.text.TextScreener;
import com.modbench.engine.text.TextScreenerStages;
import com.modbench.engine.text.terms.TermEntry;
import com.modbench.engine.text.terms.TermIndex;
import com.modbench.engine.text.terms.TermIndexes;
import com.modbench.model.text.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code Screen} with every option on (language detection, autocorrect, terms, PII, classification) plus a custom
 * term list of 10 or 10,000 terms, on 100- and 1,024-char texts. Throughput mode gives calls per second; SampleTime
 * mode gives the latency distribution (p50, p99). Run with {@code mvn -Pbench -DskipTests test-compile exec:exec@jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScreenBenchmark {

    public static final int CUSTOM_LIST_ID = 7;

    @Param({"100", "1024"})
    public int length;

    @Param({"10", "10000"})
    public int customTerms;

    private TextScreener screener;
    private TermIndex customIndex;
    private ScreenOptions options;
    private List<String> texts;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        screener = new TextScreener(TextScreenerStages.standard());
        customIndex = TermIndexes.compile(customTerms(customTerms, 11));
        options = ScreenOptions.all().withListId(CUSTOM_LIST_ID);
        texts = BenchTexts.corpus(256, length, 3);
    }

    @Benchmark
    public Screen screenEveryOption() {
        String text = texts.get(next);
        next = (next + 1) & 255;
        return screener.screen(text, options, customIndex);
    }

    /**
     * {@code count} distinct made-up words plus, among them, a few that occur in {@link BenchTexts} so the custom
     * list produces hits too.
     */
    public static List<TermEntry> customTerms(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TermEntry> terms = new ArrayList<>(count);
        String[] present = {"refund", "password", "delivery meeting"};
        for (int i = 0; i < Math.min(count, present.length); i++) {
            terms.add(TermEntry.custom(present[i], CUSTOM_LIST_ID));
        }
        while (terms.size() < count) {
            StringBuilder word = new StringBuilder();
            int letters = 4 + random.nextInt(7);
            for (int k = 0; k < letters; k++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            terms.add(TermEntry.custom(word.toString(), CUSTOM_LIST_ID));
        }
        return terms;
    }
}
