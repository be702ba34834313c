package com.modbench.ui.lists;

import com.modbench.api.TermListLanguage;
import com.modbench.model.lists.TermList;
import java.util.List;

/** A list as the left pane shows it: its details and the state of each language's index. */
public record ListRow(TermList list, List<TermListLanguage> languages) {

    public int id() {
        return list.id();
    }

    public String title() {
        String name = list.name() == null || list.name().isBlank() ? "Untitled list" : list.name();
        return name + " (#" + list.id() + ")";
    }

    public int terms() {
        return languages.stream().mapToInt(TermListLanguage::terms).sum();
    }

    /** The languages whose index misses edits, e.g. "eng, deu"; empty if all are current. */
    public List<String> outOfDate() {
        return languages.stream().filter(l -> !l.indexUpToDate()).map(TermListLanguage::language).toList();
    }

    public String summary() {
        List<String> stale = outOfDate();
        String terms = String.format("%,d term%s", terms(), terms() == 1 ? "" : "s");
        return stale.isEmpty() ? terms : terms + " · index out of date: " + String.join(", ", stale);
    }
}
