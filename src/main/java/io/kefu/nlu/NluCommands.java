package io.kefu.nlu;

import io.kefu.nlu.internal.bench.BenchCommand;
import io.kefu.nlu.internal.eval.EvalCommand;

/**
 * The offline commands of the NLU module, run by the jar without starting the web server.
 */
public final class NluCommands {

    private NluCommands() {
    }

    /** The model libraries log to standard output, where only the command's result belongs. */
    private static void quietLibraries() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    /** {@code eval --task intent ...}; returns the process exit code. */
    public static int eval(String[] args) {
        quietLibraries();
        return EvalCommand.run(args);
    }

    /** {@code bench --url URL ...}; returns the process exit code. */
    public static int bench(String[] args) {
        quietLibraries();
        return BenchCommand.run(args);
    }
}
