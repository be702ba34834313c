package com.modbench.engine.image.evaluate;

/** The five nsfwjs class probabilities (they sum to 1). */
public record NsfwScores(double drawing, double hentai, double neutral, double porn, double sexy) {
}
