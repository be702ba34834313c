package com.modbench;

import com.modbench.cli.Cli;

/**
 * Entry point of {@code modbench.jar}. With no command it opens the desktop app; otherwise it runs a command-line
 * tool. It must not extend {@code Application}: the java launcher refuses such a main class on the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            javafx.application.Application.launch(com.modbench.ui.shell.ModbenchApp.class, args);
            return;
        }
        System.exit(Cli.run(args, System.in, System.out, System.err));
    }
}
