package com.modbench.ui.imagelists;

import com.modbench.api.ImageLists;

/** One image of a list as the Image lists tab shows it: id, tag, label and thumbnail (null if the endpoint has none). */
public record ImageTile(ImageLists.ListedImage image, byte[] thumbnail) {

    public String caption() {
        StringBuilder text = new StringBuilder("#").append(image.id());
        if (image.label() != null && !image.label().isBlank()) {
            text.append(" · ").append(image.label());
        }
        if (image.tag() != null) {
            text.append(" · ").append(ImageTags.describe(image.tag()));
        }
        return text.toString();
    }
}
