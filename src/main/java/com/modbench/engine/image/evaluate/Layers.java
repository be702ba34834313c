package com.modbench.engine.image.evaluate;

import java.util.stream.IntStream;

/**
 * The Keras layer operations MobileNetV2 needs, written to match TensorFlow.js results (NHWC, {@code same} padding
 * as TensorFlow computes it). Convolutions split their output rows across cores.
 */
final class Layers {

    private Layers() {
    }

    /** {@code kernel} is [kh][kw][cin][cout] flattened; {@code bias} may be null. */
    static Tensor conv2d(Tensor in, float[] kernel, int kh, int kw, int cout, float[] bias, int stride,
            boolean same) {
        int cin = in.channels();
        int outH = outSize(in.height(), kh, stride, same);
        int outW = outSize(in.width(), kw, stride, same);
        int padTop = same ? padBefore(in.height(), outH, kh, stride) : 0;
        int padLeft = same ? padBefore(in.width(), outW, kw, stride) : 0;
        Tensor out = Tensor.zeros(outH, outW, cout);
        float[] src = in.data();
        float[] dst = out.data();
        IntStream.range(0, outH).parallel().forEach(oy -> {
            for (int ox = 0; ox < outW; ox++) {
                int o = (oy * outW + ox) * cout;
                if (bias != null) {
                    System.arraycopy(bias, 0, dst, o, cout);
                }
                for (int ky = 0; ky < kh; ky++) {
                    int iy = oy * stride + ky - padTop;
                    if (iy < 0 || iy >= in.height()) {
                        continue;
                    }
                    for (int kx = 0; kx < kw; kx++) {
                        int ix = ox * stride + kx - padLeft;
                        if (ix < 0 || ix >= in.width()) {
                            continue;
                        }
                        int i = (iy * in.width() + ix) * cin;
                        int k = (ky * kw + kx) * cin * cout;
                        for (int ci = 0; ci < cin; ci++) {
                            float a = src[i + ci];
                            if (a == 0f) {
                                continue;
                            }
                            int kr = k + ci * cout;
                            for (int co = 0; co < cout; co++) {
                                dst[o + co] += a * kernel[kr + co];
                            }
                        }
                    }
                }
            }
        });
        return out;
    }

    /** Depth multiplier 1: {@code kernel} is [kh][kw][c] flattened. */
    static Tensor depthwise(Tensor in, float[] kernel, int kh, int kw, int stride, boolean same) {
        int c = in.channels();
        int outH = outSize(in.height(), kh, stride, same);
        int outW = outSize(in.width(), kw, stride, same);
        int padTop = same ? padBefore(in.height(), outH, kh, stride) : 0;
        int padLeft = same ? padBefore(in.width(), outW, kw, stride) : 0;
        Tensor out = Tensor.zeros(outH, outW, c);
        float[] src = in.data();
        float[] dst = out.data();
        IntStream.range(0, outH).parallel().forEach(oy -> {
            for (int ox = 0; ox < outW; ox++) {
                int o = (oy * outW + ox) * c;
                for (int ky = 0; ky < kh; ky++) {
                    int iy = oy * stride + ky - padTop;
                    if (iy < 0 || iy >= in.height()) {
                        continue;
                    }
                    for (int kx = 0; kx < kw; kx++) {
                        int ix = ox * stride + kx - padLeft;
                        if (ix < 0 || ix >= in.width()) {
                            continue;
                        }
                        int i = (iy * in.width() + ix) * c;
                        int k = (ky * kw + kx) * c;
                        for (int ch = 0; ch < c; ch++) {
                            dst[o + ch] += src[i + ch] * kernel[k + ch];
                        }
                    }
                }
            }
        });
        return out;
    }

    /** Inference-mode batch normalisation, folded to a per-channel scale and shift. */
    static Tensor batchNorm(Tensor in, float[] scale, float[] shift) {
        float[] d = in.data();
        int c = in.channels();
        float[] out = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            int ch = i % c;
            out[i] = d[i] * scale[ch] + shift[ch];
        }
        return new Tensor(in.height(), in.width(), c, out);
    }

    static Tensor relu(Tensor in, float maxValue) {
        float[] d = in.data();
        float[] out = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = Math.min(Math.max(d[i], 0f), maxValue);
        }
        return new Tensor(in.height(), in.width(), in.channels(), out);
    }

    static Tensor add(Tensor a, Tensor b) {
        float[] out = new float[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.data()[i] + b.data()[i];
        }
        return new Tensor(a.height(), a.width(), a.channels(), out);
    }

    static Tensor zeroPad(Tensor in, int top, int bottom, int left, int right) {
        int c = in.channels();
        Tensor out = Tensor.zeros(in.height() + top + bottom, in.width() + left + right, c);
        for (int y = 0; y < in.height(); y++) {
            System.arraycopy(in.data(), y * in.width() * c, out.data(), ((y + top) * out.width() + left) * c,
                    in.width() * c);
        }
        return out;
    }

    /** Valid-padded average pooling. */
    static Tensor averagePool(Tensor in, int pool, int stride) {
        int c = in.channels();
        int outH = (in.height() - pool) / stride + 1;
        int outW = (in.width() - pool) / stride + 1;
        Tensor out = Tensor.zeros(outH, outW, c);
        for (int oy = 0; oy < outH; oy++) {
            for (int ox = 0; ox < outW; ox++) {
                for (int ky = 0; ky < pool; ky++) {
                    for (int kx = 0; kx < pool; kx++) {
                        int i = ((oy * stride + ky) * in.width() + ox * stride + kx) * c;
                        for (int ch = 0; ch < c; ch++) {
                            out.data()[(oy * outW + ox) * c + ch] += in.data()[i + ch];
                        }
                    }
                }
            }
        }
        float n = pool * pool;
        for (int i = 0; i < out.size(); i++) {
            out.data()[i] /= n;
        }
        return out;
    }

    /** {@code kernel} is [in][out]; the result is a 1×1×out tensor. */
    static Tensor dense(Tensor in, float[] kernel, float[] bias, int units) {
        float[] out = bias.clone();
        float[] x = in.data();
        for (int i = 0; i < x.length; i++) {
            float a = x[i];
            int k = i * units;
            for (int o = 0; o < units; o++) {
                out[o] += a * kernel[k + o];
            }
        }
        return new Tensor(1, 1, units, out);
    }

    static Tensor softmax(Tensor in) {
        float[] d = in.data();
        float max = Float.NEGATIVE_INFINITY;
        for (float v : d) {
            max = Math.max(max, v);
        }
        float[] out = new float[d.length];
        float sum = 0;
        for (int i = 0; i < d.length; i++) {
            out[i] = (float) Math.exp(d[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < d.length; i++) {
            out[i] /= sum;
        }
        return new Tensor(in.height(), in.width(), in.channels(), out);
    }

    private static int outSize(int in, int k, int stride, boolean same) {
        return same ? (in + stride - 1) / stride : (in - k) / stride + 1;
    }

    /** TensorFlow puts the smaller half of odd padding before. */
    private static int padBefore(int in, int out, int k, int stride) {
        return Math.max((out - 1) * stride + k - in, 0) / 2;
    }
}
