package io.kefu.nlu;

import io.kefu.nlu.internal.bench.BenchCommand;
import io.kefu.nlu.internal.eval.EvalCommand;

/**
 * The offline commands of the NLU module, run by the jar without starting the web server.
 */
public final class NluCommands {

    private NluCommands() {
    }

    /** {@code eval --task intent ...}; returns the process exit code. */
    public static int eval(String[] args) {
        return EvalCommand.run(args);
    }

    /** {@code bench --url URL ...}; returns the process exit code. */
    public static int bench(String[] args) {
        return BenchCommand.run(args);
    }
}
