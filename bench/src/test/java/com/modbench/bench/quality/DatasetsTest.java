package com.modbench.bench.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {

    @TempDir
    Path dir;

    @Test
    void davidsonRowsKeepTheirNumberLabelAndDecodedText() throws IOException {
        Path csv = dir.resolve("labeled_data.csv");
        Files.writeString(csv, """
                ,count,hate_speech,offensive_language,neither,class,tweet
                0,3,0,0,3,2,"a &amp; b, &#8220;quoted&#8221;
                second line"
                5,3,0,3,0,1,RT @x: &lt;3 &#128514;
                """);
        List<Datasets.Tweet> tweets = Datasets.davidson(csv);
        assertEquals(2, tweets.size());
        assertEquals("a & b, \u201cquoted\u201d\nsecond line", tweets.get(0).text());
        assertFalse(tweets.get(0).offensive());
        assertTrue(tweets.get(0).development());
        assertEquals("RT @x: <3 \uD83D\uDE02", tweets.get(1).text());
        assertTrue(tweets.get(1).offensive());
        assertTrue(tweets.get(1).development(), "row 5 is a multiple of 5");
    }

    @Test
    void dsojevicExceptionsExpandEachMatchFormAndDropWordsThatAreProfaneThemselves() throws IOException {
        Path json = dir.resolve("en.json");
        Files.writeString(json, """
                [{"id":"arse","match":"arse|arses","exceptions":["sp*","*nal"]},
                 {"id":"cock","match":"cock","exceptions":["*pit","*sucker"]},
                 {"id":"arsenal","match":"arsenal"}]
                """);
        List<Datasets.SurgeTerm> surge = List.of(new Datasets.SurgeTerm("cocksucker", List.of("cocksucker"),
                "sexual", 3));
        assertEquals(List.of("sparse", "sparses", "arsesnal", "cockpit"), Datasets.dsojevicExceptions(json, surge));
    }

    @Test
    void englishWordsLeaveOutPossessivesAndProfaneTerms() throws IOException {
        Path words = dir.resolve("american-english");
        Files.writeString(words, "Dickinson\nDickinson's\nbastard\nshiitake\nshiitake\n");
        List<Datasets.SurgeTerm> surge = List.of(new Datasets.SurgeTerm("b@stard", List.of("bastard"), "insult", 2));
        assertEquals(List.of("Dickinson", "shiitake"), Datasets.cleanEnglishWords(words, surge));
    }

    @Test
    void joinedTextsAreCutToTheLengthWithoutSplittingASurrogatePair() {
        List<String> texts = List.of("a".repeat(1023) + "\uD83D\uDE02", "short text");
        List<String> joined = EvalSets.joinedTo(texts, 1024, 3);
        assertEquals(3, joined.size());
        assertEquals(1023, joined.get(0).length(), "cut before the pair that would straddle the end");
        joined.forEach(t -> assertTrue(t.length() <= 1024 && !Character.isHighSurrogate(t.charAt(t.length() - 1))));
    }
}
