package com.modbench.bench.quality;

import static com.modbench.bench.quality.Markdown.count;
import static com.modbench.bench.quality.Markdown.decimal;

import com.modbench.api.ScreenOptions;
import com.modbench.engine.text.TextScreener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * Single-thread throughput and per-call latency of ours with every check on, against the anchors' terms-only
 * matching on the same texts. Ours and the anchors run in one-second rounds that alternate ({@link AnchorRounds}),
 * so a slow spell of the shared machine hits both, and the ratio is the median of the rounds' ratios.
 */
public final class ThroughputQuality {

    /** Every check on: language detection, autocorrect, terms, PII, classification. */
    public static final ScreenOptions EVERY_CHECK = ScreenOptions.all();
    private static final long SECOND = 1_000_000_000L;

    private final EvalSets sets;
    private final AnchorRounds anchors;
    private final TextScreener screener;
    private final int seconds;
    /** 1 s, or 0 (one pass) for a smoke run with 0 seconds. */
    private final long roundNanos;
    private final List<Target> targets = new ArrayList<>();

    /** {@code anchors} may be null (node or the anchors absent): ours is measured alone. */
    public ThroughputQuality(EvalSets sets, AnchorRounds anchors, OurEngine engine, int seconds) {
        this.sets = sets;
        this.anchors = anchors;
        this.screener = engine.screener();
        this.seconds = seconds;
        this.roundNanos = seconds == 0 ? 0 : SECOND;
    }

    public List<Target> targets() {
        return targets;
    }

    /** Timings of one engine over one corpus. Latencies in nanoseconds, sorted. */
    record Timing(long texts, double seconds, long[] sortedNanos) {

        double textsPerSecond() {
            return texts / seconds;
        }

        double meanMillis() {
            return seconds * 1000 / texts;
        }

        double percentileMillis(double p) {
            int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1);
            return sortedNanos[Math.max(0, index)] / 1e6;
        }

        Timing plus(Timing other) {
            long[] nanos = Arrays.copyOf(sortedNanos, sortedNanos.length + other.sortedNanos.length);
            System.arraycopy(other.sortedNanos, 0, nanos, sortedNanos.length, other.sortedNanos.length);
            Arrays.sort(nanos);
            return new Timing(texts + other.texts, seconds + other.seconds, nanos);
        }
    }

    /** Ours with every check on and each anchor over one corpus, in alternating rounds. */
    record Paired(Timing ours, Map<String, Anchors.Throughput> anchors, double[] obscenityRatios) {

        /** The median of the rounds' ratios of ours to obscenity, or NaN if obscenity did not run. */
        double obscenityRatio() {
            if (obscenityRatios.length == 0) {
                return Double.NaN;
            }
            double[] sorted = obscenityRatios.clone();
            Arrays.sort(sorted);
            int mid = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }

        String ratioRange() {
            return decimal(Arrays.stream(obscenityRatios).min().orElse(Double.NaN), 2) + "–"
                    + decimal(Arrays.stream(obscenityRatios).max().orElse(Double.NaN), 2);
        }
    }

    public Markdown section() {
        Markdown md = new Markdown().heading(2, "Throughput and latency");
        String loadBefore = Environment.loadAverage();
        Paired shortTexts = paired("short", sets.throughputShort());
        Paired longTexts = paired("1024", sets.throughput1024());
        Timing termsShort = measure(sets.throughputShort(), OurEngine.TERMS_ONLY);
        Timing termsLong = measure(sets.throughput1024(), OurEngine.TERMS_ONLY);
        md.paragraph("One thread, wall clock, on " + Runtime.getRuntime().availableProcessors() + " cores shared with "
                + "other builds (1-minute load average " + loadBefore + " before, " + Environment.loadAverage()
                + " after): compare orders of magnitude, not the last digit. Each engine is warmed up for at least "
                + seconds / 2.0 + " s and until two 1-second rounds agree within 3%; then ours (every check on) and "
                + "the anchors (in node) take turns in " + seconds + " rounds of 1 second, so that a slow spell of "
                + "the machine hits both, and the ratios below are the median of the rounds' ratios. This section "
                + "runs before the others, so the JIT compiles the pipeline as a service running one kind of call "
                + "would. Short texts: the first " + count(sets.throughputShort().size()) + " Davidson tweets "
                + "(generated chat text when Davidson is absent); 1,024-char texts: "
                + count(sets.throughput1024().size()) + " texts of consecutive tweets joined and cut to 1,024 chars. "
                + "Ours runs `Screen` with every check on (language detection, autocorrect, terms, PII, "
                + "classification); the anchors only match terms.");
        List<List<String>> rows = new ArrayList<>();
        rows.add(ours("Modbench, every check on", shortTexts.ours(), longTexts.ours()));
        rows.add(ours("Modbench, terms only", termsShort, termsLong));
        for (String anchor : shortTexts.anchors().keySet()) {
            rows.add(List.of(anchor + " " + anchors.version(anchor) + ", terms only",
                    count(Math.round(shortTexts.anchors().get(anchor).textsPerSecond())),
                    count(Math.round(longTexts.anchors().get(anchor).textsPerSecond())), "", "", "", ""));
        }
        md.table(List.of("engine", "short texts/s", "1,024-char texts/s", "p50 short (ms)", "p99 short (ms)",
                "p50 1,024 (ms)", "p99 1,024 (ms)"), rows);
        throughputTarget(md, shortTexts, longTexts);
        allCores(md, shortTexts, longTexts);
        stageCosts(md, termsShort, termsLong);
        double p99 = longTexts.ours().percentileMillis(0.99);
        targets.add(new Target("p99 latency at 1,024 chars, every check on", "≤ 1 ms", decimal(p99, 3) + " ms",
                p99 <= 1.0));
        return md;
    }

    private void throughputTarget(Markdown md, Paired shortTexts, Paired longTexts) {
        String goal = "≥ 3× obscenity's terms-only";
        if (shortTexts.obscenityRatios().length == 0) {
            targets.add(Target.notMeasured("Throughput, every check on", goal, "obscenity not run"));
            return;
        }
        double shortRatio = shortTexts.obscenityRatio();
        double longRatio = longTexts.obscenityRatio();
        md.paragraph("Ours with every check on vs obscenity terms-only: " + decimal(shortRatio, 2) + "× on short "
                + "texts (rounds " + shortTexts.ratioRange() + "), " + decimal(longRatio, 2) + "× on 1,024-char texts"
                + " (rounds " + longTexts.ratioRange() + ").");
        targets.add(new Target("Throughput, every check on", goal, decimal(shortRatio, 2) + "× short, "
                + decimal(longRatio, 2) + "× 1,024", shortRatio >= 3 && longRatio >= 3));
    }

    /**
     * Ours and each anchor warmed up, then {@link #seconds} rounds in turn (at least one): ours for a second, then
     * each anchor for a second.
     */
    private Paired paired(String set, List<String> texts) {
        List<String> names = anchors == null ? List.of() : anchors.engines();
        warmUp(() -> measure(texts, EVERY_CHECK, roundNanos).textsPerSecond());
        for (String anchor : names) {
            warmUp(() -> anchors.round(anchor, set, roundNanos / 1_000_000).textsPerSecond());
        }
        int rounds = Math.max(1, seconds);
        Timing ours = null;
        Map<String, Anchors.Throughput> anchorTotals = new LinkedHashMap<>();
        double[] ratios = new double[names.contains("obscenity") ? rounds : 0];
        for (int round = 0; round < rounds; round++) {
            Timing mine = measure(texts, EVERY_CHECK, roundNanos);
            ours = ours == null ? mine : ours.plus(mine);
            for (String anchor : names) {
                Anchors.Throughput theirs = anchors.round(anchor, set, roundNanos / 1_000_000);
                anchorTotals.merge(anchor, theirs, Anchors.Throughput::plus);
                if (anchor.equals("obscenity")) {
                    ratios[round] = mine.textsPerSecond() / theirs.textsPerSecond();
                }
            }
        }
        return new Paired(ours, anchorTotals, ratios);
    }

    /**
     * The same with one screening thread per core, for a server's view (the engine is shared by its threads). The
     * target is judged on one thread, as the anchors run in one node thread.
     */
    private void allCores(Markdown md, Paired shortTexts, Paired longTexts) {
        int threads = Runtime.getRuntime().availableProcessors();
        if (threads < 2) {
            return;
        }
        double shortRate = measureParallel(sets.throughputShort(), EVERY_CHECK, threads);
        double longRate = measureParallel(sets.throughput1024(), EVERY_CHECK, threads);
        Anchors.Throughput obscenityShort = shortTexts.anchors().get("obscenity");
        Anchors.Throughput obscenityLong = longTexts.anchors().get("obscenity");
        String ratios = obscenityShort == null || obscenityLong == null ? ""
                : " (" + decimal(shortRate / obscenityShort.textsPerSecond(), 2) + "× and "
                        + decimal(longRate / obscenityLong.textsPerSecond(), 2) + "× obscenity's one thread)";
        md.paragraph("With " + threads + " screening threads sharing one engine (one per core): " + count(Math.round(
                shortRate)) + " short texts/s and " + count(Math.round(longRate)) + " 1,024-char texts/s" + ratios
                + ". The target above is judged on one thread.");
    }

    /** Texts per second over all threads, each screening the corpus from a different offset. */
    double measureParallel(List<String> texts, ScreenOptions options, int threads) {
        java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
        long warmUpEnd = System.nanoTime() + seconds * 500_000_000L;
        long end = warmUpEnd + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * texts.size() / threads;
            Thread worker = new Thread(() -> {
                long done = 0;
                for (int i = offset; System.nanoTime() < end; i++) {
                    screener.screen(texts.get(i % texts.size()), options, null);
                    if (System.nanoTime() > warmUpEnd) {
                        done++;
                    }
                }
                calls.addAndGet(done);
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring", e);
            }
        }
        return calls.get() / (double) seconds;
    }

    /** Terms plus one stage at a time, so each stage's cost is its row minus the terms-only row. */
    private void stageCosts(Markdown md, Timing termsShort, Timing termsLong) {
        md.heading(3, "Where the time goes");
        Map<String, ScreenOptions> stages = new LinkedHashMap<>();
        stages.put("+ language detection", ScreenOptions.DEFAULT);
        stages.put("+ autocorrect", OurEngine.TERMS_ONLY.withAutocorrect(true));
        stages.put("+ PII", OurEngine.TERMS_ONLY.withPii(true));
        stages.put("+ classification", OurEngine.CLASSIFY);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("terms only", decimal(termsShort.meanMillis(), 3), decimal(termsLong.meanMillis(), 3)));
        for (Map.Entry<String, ScreenOptions> stage : stages.entrySet()) {
            Timing shortTexts = measure(sets.throughputShort(), stage.getValue());
            Timing longTexts = measure(sets.throughput1024(), stage.getValue());
            rows.add(List.of(stage.getKey(), decimal(shortTexts.meanMillis(), 3), decimal(longTexts.meanMillis(), 3)));
        }
        md.paragraph("Mean milliseconds per `Screen` call with terms plus one stage (same texts and timing as "
                + "above); a stage's cost is its row minus the first.");
        md.table(List.of("options", "short texts (ms)", "1,024-char texts (ms)"), rows);
    }

    private static List<String> ours(String name, Timing shortTexts, Timing longTexts) {
        return List.of(name, count(Math.round(shortTexts.textsPerSecond())),
                count(Math.round(longTexts.textsPerSecond())), decimal(shortTexts.percentileMillis(0.5), 3),
                decimal(shortTexts.percentileMillis(0.99), 3), decimal(longTexts.percentileMillis(0.5), 3),
                decimal(longTexts.percentileMillis(0.99), 3));
    }

    /**
     * Runs 1-second rounds until warm: at least half the measuring time and until two rounds agree within 3% (at
     * most 30 s). A fixed 2.5 s left the pipeline's first row a third slower than the same row measured again (the
     * JIT was still compiling it).
     */
    private void warmUp(DoubleSupplier roundRate) {
        if (seconds == 0) {
            return;
        }
        long start = System.nanoTime();
        double previous = 0;
        while (true) {
            double rate = roundRate.getAsDouble();
            long warmed = System.nanoTime() - start;
            if (warmed >= seconds * 500_000_000L && previous > 0 && Math.abs(rate - previous) <= 0.03 * previous
                    || warmed > 30_000_000_000L) {
                return;
            }
            previous = rate;
        }
    }

    /** Warmed up, then measured for {@link #seconds}. */
    Timing measure(List<String> texts, ScreenOptions options) {
        warmUp(() -> measure(texts, options, roundNanos).textsPerSecond());
        return measure(texts, options, seconds * roundNanos);
    }

    /** Whole passes over {@code texts} until {@code budget} nanoseconds have passed. */
    private Timing measure(List<String> texts, ScreenOptions options, long budget) {
        long[] nanos = new long[texts.size() * 8];
        int calls = 0;
        long start = System.nanoTime();
        do {
            for (String text : texts) {
                long t0 = System.nanoTime();
                screener.screen(text, options, null);
                long t1 = System.nanoTime();
                if (calls == nanos.length) {
                    nanos = Arrays.copyOf(nanos, nanos.length * 2);
                }
                nanos[calls++] = t1 - t0;
            }
        } while (System.nanoTime() - start < budget);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = Arrays.copyOf(nanos, calls);
        Arrays.sort(sorted);
        return new Timing(calls, elapsed, sorted);
    }
}
