package com.modbench.engine.image.faces;

/** A detected face in image pixels (right and bottom exclusive) with the detector's confidence. */
public record FaceBox(int left, int top, int right, int bottom, double score) {

    double area() {
        return Math.max(0, right - left) * (double) Math.max(0, bottom - top);
    }

    double iou(FaceBox other) {
        int l = Math.max(left, other.left);
        int t = Math.max(top, other.top);
        int r = Math.min(right, other.right);
        int b = Math.min(bottom, other.bottom);
        double inter = Math.max(0, r - l) * (double) Math.max(0, b - t);
        double union = area() + other.area() - inter;
        return union <= 0 ? 0 : inter / union;
    }
}
