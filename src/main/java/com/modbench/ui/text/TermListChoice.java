package com.modbench.ui.text;

import com.modbench.model.lists.TermList;
import java.util.ArrayList;
import java.util.List;

/** An entry of the Text tab's term-list picker; {@code listId} null means the built-in lexicon only. */
public record TermListChoice(Integer listId, String label) {

    public static final TermListChoice BUILT_IN_ONLY = new TermListChoice(null, "Built-in only");

    static List<TermListChoice> all(List<TermList> lists) {
        List<TermListChoice> choices = new ArrayList<>();
        choices.add(BUILT_IN_ONLY);
        for (TermList list : lists) {
            String name = list.name() == null || list.name().isBlank() ? "List" : list.name();
            choices.add(new TermListChoice(list.id(), name + " (#" + list.id() + ")"));
        }
        return choices;
    }

    @Override
    public String toString() {
        return label;
    }
}
