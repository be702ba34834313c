package com.modbench.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;

/** Dispatches {@code modbench.jar COMMAND …} to the command's class. Exit codes: 0 ok, 2 bad input, 64 usage. */
public final class Cli {

    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    public static final int USAGE = 64;

    private Cli() {
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            // The Launcher opens the app for no arguments; anyone else calling with none gets the usage.
            err.print(usage());
            return USAGE;
        }
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (command) {
            case "screen" -> new ScreenCommand().run(rest, in, out, err);
            case "serve" -> new ServeCommand(System.getenv()).run(rest, out, err);
            case "--help", "-h", "help" -> {
                out.print(usage());
                yield OK;
            }
            default -> {
                err.println("Unknown command '" + command + "'.");
                err.print(usage());
                yield USAGE;
            }
        };
    }

    static String usage() {
        return """
                Usage: java -jar modbench.jar [COMMAND] [OPTIONS]

                With no command, opens the Modbench desktop app.

                Commands:
                  screen     screen text from stdin and print the Content Moderator Screen JSON
                  serve      run a Content Moderator REST API v1.0-compatible server (see docs/server.md)
                  help       show this help

                Run 'java -jar modbench.jar COMMAND --help' for a command's options.
                """;
    }
}
