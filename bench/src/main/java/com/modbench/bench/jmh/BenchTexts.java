package com.modbench.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic chat-like texts for the benchmarks, so they run anywhere (the evaluation data is optional). A text
 * mixes ordinary words with, now and then, a profane or disguised word, an e-mail address, a phone number or an IP
 * address, which exercises every stage of the pipeline.
 */
public final class BenchTexts {

    private static final String[] WORDS = ("the a to and of is you it that in for on my this with be have not are but "
            + "just so was what all can like get if your me out up about at do we no now one they know how when good "
            + "time there people think day today really going want see love lol make thanks please great game back "
            + "work home night tomorrow meeting team phone call order delivery price refund account password update "
            + "weekend coffee movie music picture friend family school city weather problem question answer help")
            .split(" ");
    private static final String[] SPICE = {"idiot", "sh!t", "f*ck", "crap", "damn", "b1tch", "stupid", "a$$",
        "jerk@example.com", "(206) 555-0142", "192.168.10.42", "+44 20 7946 0958", "123-45-6789"};

    private BenchTexts() {
    }

    /** {@code count} texts of exactly {@code length} chars, the same for the same {@code seed}. */
    public static List<String> corpus(int count, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(text(random, length));
        }
        return texts;
    }

    private static String text(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder(length + 32);
        boolean sentenceStart = true;
        while (text.length() < length) {
            String word = random.nextInt(14) == 0 ? SPICE[random.nextInt(SPICE.length)]
                    : WORDS[random.nextInt(WORDS.length)];
            if (sentenceStart) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            text.append(word);
            sentenceStart = random.nextInt(9) == 0;
            text.append(sentenceStart ? (random.nextInt(3) == 0 ? "! " : ". ") : " ");
        }
        return text.substring(0, length);
    }
}
