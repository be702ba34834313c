package com.modbench.engine.image.lists;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import org.bytedeco.opencv.global.opencv_calib3d;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.DMatch;
import org.bytedeco.opencv.opencv_core.DMatchVector;
import org.bytedeco.opencv.opencv_core.DMatchVectorVector;
import org.bytedeco.opencv.opencv_core.KeyPoint;
import org.bytedeco.opencv.opencv_core.KeyPointVector;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_features2d.BFMatcher;
import org.bytedeco.opencv.opencv_features2d.ORB;

/**
 * Second opinion for near-duplicates the hash misses (crops, small rotations): ORB keypoints matched by Hamming
 * distance with Lowe's ratio test, then a RANSAC homography; the pair is the same picture when enough matches agree
 * on one geometry. In the research, distinct images gave at most 35 inliers, edited copies of photos hundreds.
 * Flat or synthetic images have too few keypoints and are left to the hash.
 */
public final class OrbVerifier {

    static final int SIDE = 512;
    static final int MAX_FEATURES = 300;
    static final int MIN_INLIERS = 40;

    private OrbVerifier() {
    }

    public static OrbFeatures extract(BufferedImage rgb) {
        BufferedImage grey = scaledGrey(rgb);
        byte[] pixels = new byte[grey.getWidth() * grey.getHeight()];
        grey.getRaster().getDataElements(0, 0, grey.getWidth(), grey.getHeight(), pixels);
        try (Mat image = new Mat(grey.getHeight(), grey.getWidth(), opencv_core.CV_8UC1);
             Mat mask = new Mat();
             Mat descriptors = new Mat();
             KeyPointVector keypoints = new KeyPointVector();
             ORB orb = ORB.create(MAX_FEATURES, 1.2f, 8, 31, 0, 2, ORB.HARRIS_SCORE, 31, 20)) {
            ((ByteBuffer) image.createBuffer()).put(pixels);
            orb.detectAndCompute(image, mask, keypoints, descriptors);
            int count = (int) Math.min(keypoints.size(), descriptors.rows());
            float[] xy = new float[count * 2];
            for (int i = 0; i < count; i++) {
                KeyPoint point = keypoints.get(i);
                xy[2 * i] = point.pt().x();
                xy[2 * i + 1] = point.pt().y();
            }
            byte[] bytes = new byte[count * OrbFeatures.DESCRIPTOR_BYTES];
            if (count > 0) {
                ((ByteBuffer) descriptors.createBuffer()).get(bytes);
            }
            return new OrbFeatures(xy, bytes);
        }
    }

    /** How many keypoint matches agree on one homography (0 when there are too few to tell). */
    public static int inliers(OrbFeatures query, OrbFeatures candidate) {
        if (query.count() < 8 || candidate.count() < 8) {
            return 0;
        }
        try (Mat a = descriptorMat(query);
             Mat b = descriptorMat(candidate);
             BFMatcher matcher = new BFMatcher(opencv_core.NORM_HAMMING, false);
             DMatchVectorVector knn = new DMatchVectorVector()) {
            matcher.knnMatch(a, b, knn, 2);
            float[] from = new float[(int) knn.size() * 2];
            float[] to = new float[from.length];
            int good = 0;
            for (long i = 0; i < knn.size(); i++) {
                DMatchVector pair = knn.get(i);
                if (pair.size() < 2) {
                    continue;
                }
                DMatch best = pair.get(0);
                if (best.distance() < 0.75f * pair.get(1).distance()) {
                    from[2 * good] = query.xy()[2 * best.queryIdx()];
                    from[2 * good + 1] = query.xy()[2 * best.queryIdx() + 1];
                    to[2 * good] = candidate.xy()[2 * best.trainIdx()];
                    to[2 * good + 1] = candidate.xy()[2 * best.trainIdx() + 1];
                    good++;
                }
            }
            return good < MIN_INLIERS ? good : countInliers(from, to, good);
        }
    }

    private static int countInliers(float[] from, float[] to, int n) {
        try (Mat src = points(from, n);
             Mat dst = points(to, n);
             Mat mask = new Mat()) {
            try (Mat homography = opencv_calib3d.findHomography(src, dst, opencv_calib3d.RANSAC, 5.0, mask, 2000,
                    0.995)) {
                if (homography.empty()) {
                    return 0;
                }
            }
            return opencv_core.countNonZero(mask);
        }
    }

    private static Mat points(float[] xy, int n) {
        Mat mat = new Mat(n, 1, opencv_core.CV_32FC2);
        ((FloatBuffer) mat.createBuffer()).put(xy, 0, 2 * n);
        return mat;
    }

    private static Mat descriptorMat(OrbFeatures features) {
        Mat mat = new Mat(features.count(), OrbFeatures.DESCRIPTOR_BYTES, opencv_core.CV_8UC1);
        ((ByteBuffer) mat.createBuffer()).put(features.descriptors());
        return mat;
    }

    private static BufferedImage scaledGrey(BufferedImage rgb) {
        double scale = Math.min(1.0, (double) SIDE / Math.max(rgb.getWidth(), rgb.getHeight()));
        int w = Math.max(1, (int) Math.round(rgb.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(rgb.getHeight() * scale));
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(rgb, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return grey;
    }
}
