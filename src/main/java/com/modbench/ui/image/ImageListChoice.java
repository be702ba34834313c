package com.modbench.ui.image;

import com.modbench.model.lists.ImageList;
import java.util.ArrayList;
import java.util.List;

/** An entry of the "Match in" picker: every list (null id) or one list. */
public record ImageListChoice(Integer listId, String name) {

    public static final ImageListChoice ALL = new ImageListChoice(null, "All image lists");

    public static List<ImageListChoice> of(List<ImageList> lists) {
        List<ImageListChoice> choices = new ArrayList<>();
        choices.add(ALL);
        for (ImageList list : lists) {
            choices.add(new ImageListChoice(list.id(), list.id() + " · " + (list.name() == null ? "(unnamed)"
                    : list.name())));
        }
        return choices;
    }

    @Override
    public String toString() {
        return name;
    }
}
