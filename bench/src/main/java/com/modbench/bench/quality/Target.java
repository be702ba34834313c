package com.modbench.bench.quality;

/** One of the targets: what was measured against what was asked. {@code pass} is null when not measured. */
public record Target(String name, String goal, String measured, Boolean pass) {

    public static Target notMeasured(String name, String goal, String why) {
        return new Target(name, goal, why, null);
    }

    public String verdict() {
        return pass == null ? "not measured" : pass ? "**pass**" : "**FAIL**";
    }
}
