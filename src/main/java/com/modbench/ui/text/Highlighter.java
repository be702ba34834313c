package com.modbench.ui.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Builds RichTextFX style spans from findings; overlapping findings get both classes. */
final class Highlighter {

    private Highlighter() {
    }

    static StyleSpans<Collection<String>> spans(int length, List<Finding> findings) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Finding f : findings) {
            cuts.add(Math.min(f.start(), length));
            cuts.add(Math.min(f.end(), length));
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                List<String> classes = new ArrayList<>();
                for (Finding f : findings) {
                    if (f.start() <= previous && f.end() >= cut && !classes.contains(f.kind().styleClass())) {
                        classes.add(f.kind().styleClass());
                    }
                }
                builder.add(classes, cut - previous);
            }
            previous = cut;
        }
        if (length == 0) {
            builder.add(List.of(), 0);
        }
        return builder.create();
    }
}
