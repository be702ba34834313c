package com.modbench.engine.image.faces;

import java.awt.image.BufferedImage;
import java.util.List;

/** Finds faces in an RGB image. */
public interface FaceDetector {

    List<FaceBox> detect(BufferedImage rgb);
}
