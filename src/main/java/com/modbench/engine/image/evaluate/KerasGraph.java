package com.modbench.engine.image.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.modbench.model.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A TensorFlow.js Keras layers model ({@code model.json} + one weight shard, uint8-quantised weights) read into
 * a list of runnable nodes in topological order. Only the layer types MobileNetV2 uses are supported; any other
 * fails at load time, never silently at inference.
 */
final class KerasGraph {

    private record Node(String name, List<String> inputs, Function<Tensor[], Tensor> op) {
    }

    private final List<Node> nodes;
    private final String inputName;
    private final String outputName;
    private final int inputSize;

    private KerasGraph(List<Node> nodes, String inputName, String outputName, int inputSize) {
        this.nodes = nodes;
        this.inputName = inputName;
        this.outputName = outputName;
        this.inputSize = inputSize;
    }

    int inputSize() {
        return inputSize;
    }

    static KerasGraph read(byte[] modelJson, byte[] shard) throws IOException {
        JsonNode root = Json.mapper().readTree(modelJson);
        Map<String, float[]> weights = dequantize(root.path("weightsManifest"), shard);
        JsonNode config = root.path("modelTopology").path("model_config").path("config");
        List<Node> nodes = new ArrayList<>();
        String input = config.path("input_layers").get(0).get(0).asText();
        String output = config.path("output_layers").get(0).get(0).asText();
        int size = 0;
        for (JsonNode layer : config.path("layers")) {
            String name = layer.path("name").asText();
            String type = layer.path("class_name").asText();
            JsonNode c = layer.path("config");
            if (type.equals("InputLayer")) {
                size = c.path("batch_input_shape").get(1).asInt();
                continue;
            }
            List<String> inputs = new ArrayList<>();
            layer.path("inbound_nodes").get(0).forEach(in -> inputs.add(in.get(0).asText()));
            nodes.add(new Node(name, inputs, op(name, type, c, weights)));
        }
        return new KerasGraph(nodes, input, output, size);
    }

    private static Function<Tensor[], Tensor> op(String name, String type, JsonNode c, Map<String, float[]> w) {
        switch (type) {
            case "Conv2D" -> {
                int kh = c.path("kernel_size").get(0).asInt();
                int kw = c.path("kernel_size").get(1).asInt();
                int filters = c.path("filters").asInt();
                int stride = c.path("strides").get(0).asInt();
                boolean same = c.path("padding").asText().equals("same");
                float[] kernel = need(w, name + "/kernel");
                float[] bias = c.path("use_bias").asBoolean() ? need(w, name + "/bias") : null;
                requireLinear(name, c);
                return in -> Layers.conv2d(in[0], kernel, kh, kw, filters, bias, stride, same);
            }
            case "DepthwiseConv2D" -> {
                if (c.path("depth_multiplier").asInt(1) != 1 || c.path("use_bias").asBoolean()) {
                    throw new IllegalArgumentException(name + ": only depth multiplier 1 without bias is supported");
                }
                int kh = c.path("kernel_size").get(0).asInt();
                int kw = c.path("kernel_size").get(1).asInt();
                int stride = c.path("strides").get(0).asInt();
                boolean same = c.path("padding").asText().equals("same");
                float[] kernel = need(w, name + "/depthwise_kernel");
                requireLinear(name, c);
                return in -> Layers.depthwise(in[0], kernel, kh, kw, stride, same);
            }
            case "BatchNormalization" -> {
                float[] gamma = need(w, name + "/gamma");
                float[] beta = need(w, name + "/beta");
                float[] mean = need(w, name + "/moving_mean");
                float[] variance = need(w, name + "/moving_variance");
                double epsilon = c.path("epsilon").asDouble();
                float[] scale = new float[gamma.length];
                float[] shift = new float[gamma.length];
                for (int i = 0; i < gamma.length; i++) {
                    scale[i] = (float) (gamma[i] / Math.sqrt(variance[i] + epsilon));
                    shift[i] = beta[i] - mean[i] * scale[i];
                }
                return in -> Layers.batchNorm(in[0], scale, shift);
            }
            case "ReLU" -> {
                float max = c.path("max_value").isNumber() ? (float) c.path("max_value").asDouble() : Float.MAX_VALUE;
                return in -> Layers.relu(in[0], max);
            }
            case "ZeroPadding2D" -> {
                JsonNode p = c.path("padding");
                int top = p.get(0).get(0).asInt();
                int bottom = p.get(0).get(1).asInt();
                int left = p.get(1).get(0).asInt();
                int right = p.get(1).get(1).asInt();
                return in -> Layers.zeroPad(in[0], top, bottom, left, right);
            }
            case "Add" -> {
                return in -> Layers.add(in[0], in[1]);
            }
            case "AveragePooling2D" -> {
                if (!c.path("padding").asText().equals("valid")) {
                    throw new IllegalArgumentException(name + ": only valid average pooling is supported");
                }
                int pool = c.path("pool_size").get(0).asInt();
                int stride = c.path("strides").get(0).asInt();
                return in -> Layers.averagePool(in[0], pool, stride);
            }
            case "Flatten", "Dropout" -> {
                return in -> in[0];
            }
            case "Dense" -> {
                float[] kernel = need(w, name + "/kernel");
                float[] bias = need(w, name + "/bias");
                int units = c.path("units").asInt();
                String activation = c.path("activation").asText();
                return in -> {
                    Tensor out = Layers.dense(in[0], kernel, bias, units);
                    return switch (activation) {
                        case "relu" -> Layers.relu(out, Float.MAX_VALUE);
                        case "softmax" -> Layers.softmax(out);
                        case "linear" -> out;
                        default -> throw new IllegalStateException(name + ": activation " + activation);
                    };
                };
            }
            default -> throw new IllegalArgumentException("unsupported layer type " + type + " (" + name + ")");
        }
    }

    private static void requireLinear(String name, JsonNode c) {
        if (!c.path("activation").asText("linear").equals("linear")) {
            throw new IllegalArgumentException(name + ": fused activations are not supported");
        }
    }

    private static float[] need(Map<String, float[]> weights, String name) {
        float[] w = weights.get(name);
        if (w == null) {
            throw new IllegalArgumentException("weight " + name + " is missing from the shard");
        }
        return w;
    }

    /** uint8 weights: value = min + scale · q, stored in the order of the manifest. */
    private static Map<String, float[]> dequantize(JsonNode manifest, byte[] shard) {
        Map<String, float[]> weights = new HashMap<>();
        int offset = 0;
        for (JsonNode group : manifest) {
            for (JsonNode spec : group.path("weights")) {
                int count = 1;
                for (JsonNode dim : spec.path("shape")) {
                    count *= dim.asInt();
                }
                JsonNode q = spec.path("quantization");
                if (!q.path("dtype").asText().equals("uint8")) {
                    throw new IllegalArgumentException("only uint8-quantised weights are supported");
                }
                float min = (float) q.path("min").asDouble();
                float scale = (float) q.path("scale").asDouble();
                float[] values = new float[count];
                for (int i = 0; i < count; i++) {
                    values[i] = min + scale * (shard[offset + i] & 0xFF);
                }
                offset += count;
                weights.put(spec.path("name").asText(), values);
            }
        }
        if (offset != shard.length) {
            throw new IllegalArgumentException("the weight shard has " + shard.length + " bytes, the manifest "
                    + "describes " + offset);
        }
        return weights;
    }

    /** Runs the graph; intermediate tensors are dropped as soon as no later node needs them. */
    float[] run(Tensor input) {
        Map<String, Integer> remainingUses = new HashMap<>();
        for (Node node : nodes) {
            node.inputs().forEach(in -> remainingUses.merge(in, 1, Integer::sum));
        }
        Map<String, Tensor> values = new HashMap<>();
        values.put(inputName, input);
        for (Node node : nodes) {
            Tensor[] args = node.inputs().stream().map(values::get).toArray(Tensor[]::new);
            values.put(node.name(), node.op().apply(args));
            for (String in : node.inputs()) {
                if (remainingUses.merge(in, -1, Integer::sum) == 0) {
                    values.remove(in);
                }
            }
        }
        return values.get(outputName).data();
    }
}
