package com.modbench.engine.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.modbench.engine.text.normalize.CaseFoldNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermPreviewTest {

    @Test
    void every_hit_is_reported_with_its_place_in_the_original_comment() {
        TermPreview preview = new TermPreview(new CaseFoldNormalizer());
        TermPreview.Result result = preview.run(List.of("Zorblax", "bad word"),
                "nothing here\n\nthe ZORBLAX is a bad   word, zorblax!\nＺＯＲＢＬＡＸ wide");

        assertEquals(3, result.comments());
        assertEquals(2, result.commentsWithHits());
        assertEquals(4, result.totalHits());
        TermPreview.Hit first = result.hits().get(0);
        assertEquals(3, first.line());
        assertEquals("ZORBLAX", first.matched());
        assertEquals("Zorblax", first.term());
        assertEquals("the ", first.before());
        assertEquals(List.of("ZORBLAX", "bad   word", "zorblax", "ＺＯＲＢＬＡＸ"),
                result.hits().stream().map(TermPreview.Hit::matched).toList());
        assertEquals(List.of(3, 3, 3, 4), result.hits().stream().map(TermPreview.Hit::line).toList());
    }

    @Test
    void context_is_cut_to_forty_characters_either_side() {
        String comment = "x".repeat(60) + " zorblax " + "y".repeat(60);
        TermPreview.Hit hit = new TermPreview(new CaseFoldNormalizer()).run(List.of("zorblax"), comment).hits().get(0);
        assertEquals("…" + "x".repeat(39) + " ", hit.before());
        assertEquals(" " + "y".repeat(39) + "…", hit.after());
    }
}
