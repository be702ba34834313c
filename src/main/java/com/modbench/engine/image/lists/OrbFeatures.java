package com.modbench.engine.image.lists;

import java.nio.ByteBuffer;

/**
 * ORB keypoints of an image: positions (in a copy scaled so its longer side is 512 px) and 32-byte binary
 * descriptors, stored as one blob: count, then x/y floats, then descriptors.
 */
public record OrbFeatures(float[] xy, byte[] descriptors) {

    public static final int DESCRIPTOR_BYTES = 32;

    public int count() {
        return xy.length / 2;
    }

    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(4 + xy.length * 4 + descriptors.length);
        buffer.putInt(count());
        for (float v : xy) {
            buffer.putFloat(v);
        }
        buffer.put(descriptors);
        return buffer.array();
    }

    public static OrbFeatures fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int count = buffer.getInt();
        float[] xy = new float[count * 2];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = buffer.getFloat();
        }
        byte[] descriptors = new byte[count * DESCRIPTOR_BYTES];
        buffer.get(descriptors);
        return new OrbFeatures(xy, descriptors);
    }
}
