package io.kefu;

import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The offline subcommands of the jar. Each runs without the web server and returns a process exit
 * code; its machine-readable result is the last line it prints to standard output.
 */
final class Commands {

    private static final Map<String, ToIntFunction<String[]>> COMMANDS = Map.of(
            "eval", io.kefu.knowledge.KnowledgeEvaluation::run);

    private Commands() {
    }

    static boolean isCommand(String name) {
        return COMMANDS.containsKey(name);
    }

    static int run(String name, String[] args) {
        return COMMANDS.get(name).applyAsInt(args);
    }
}
