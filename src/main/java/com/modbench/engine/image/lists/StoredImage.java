package com.modbench.engine.image.lists;

/** An image in a list as stored: its hash, optional tag and label, and a small JPEG thumbnail for display. */
public record StoredImage(int id, int listId, long hash, Integer tag, String label, byte[] thumbnailJpeg) {
}
