package com.modbench.bench.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityReportTest {

    @TempDir
    Path dir;

    @Test
    void writesTargetsAndSectionsFromTheDataItFindsAndSaysWhatItSkipped() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("davidson"));
        Files.writeString(data.resolve("davidson/labeled_data.csv"), """
                ,count,hate_speech,offensive_language,neither,class,tweet
                1,3,0,3,0,1,you are a stupid bitch
                2,3,0,0,3,2,lovely weather for a walk
                3,3,0,3,0,1,shut up hoe
                4,3,0,0,3,2,the game starts at eight
                """);
        Files.createDirectories(data.resolve("surge-profanity"));
        Files.writeString(data.resolve("surge-profanity/profanity_en.csv"), """
                text,canonical_form_1,canonical_form_2,canonical_form_3,category_1,category_2,category_3,severity_rating,severity_description
                bitch,bitch,,,general insult,,,2,Strong
                Bitch,bitch,,,general insult,,,2,Strong
                """);
        Path words = dir.resolve("words");
        Files.writeString(words, "Dickinson\nDickinson's\nshiitake\nbitch\nwalk\n");
        Path out = dir.resolve("quality.md");

        QualityReport.main(new String[] {"--data", data.toString(), "--out", out.toString(), "--work",
            dir.resolve("work").toString(), "--npm", dir.resolve("no-npm").toString(), "--seconds", "0",
            "--words", words.toString(), "--long-texts", "4"});

        String report = Files.readString(out);
        assertTrue(report.contains("## Targets"), report);
        assertTrue(report.contains("| Category3 ROC AUC, Davidson | ROC AUC ≥ 0.95 | 1.0000 | **pass** |"), report);
        assertTrue(report.contains("| Modbench | 2 / 2 | 100.00% |"), report);
        assertTrue(report.contains("except the surge-ai terms and canonical forms (those are profane on purpose): 3 "
                + "words"), report);
        assertTrue(report.contains("dsojevic-profanity-list/en.json is absent"), report);
        assertTrue(report.contains("anchors skipped: obscenity/allprofanity are not installed"), report);
        assertTrue(report.contains("| Modbench, every check on |"), report);
        assertTrue(Pattern.compile("\\| Language detector memory \\| < 300 MB of heap \\| 1\\d\\d MB \\| \\*\\*pass")
                .matcher(report).find(), report);
        assertTrue(report.contains("skipped: no JMH results"), report);
        assertTrue(Files.exists(dir.resolve("work/inputs/davidson.jsonl")), "inputs for the anchors");
    }
}
