package com.modbench.testing;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Node.js for the tests that drive npm packages; they are skipped where it does not run. */
public final class Node {

    private Node() {
    }

    /** True when {@code node --version} runs and succeeds within 20 s. */
    public static boolean runs() {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return node.waitFor(20, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
