package com.modbench.engine.image.lists;

import java.util.List;

/** One image as the match index sees it (a snapshot taken at RefreshIndex). */
public record IndexedImage(int imageId, int listId, long hash, List<Integer> tags, String label) {
}
