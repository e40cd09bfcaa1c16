package io.kefu;

import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The offline subcommands of the jar. Each runs without the web server and returns a process exit
 * code; its machine-readable result is the last line it prints to standard output.
 */
final class Commands {

    private static final Map<String, ToIntFunction<String[]>> COMMANDS = Map.of(
            "eval", args -> io.kefu.emotion.EmotionCommands.handles(args) ? io.kefu.emotion.EmotionCommands.eval(args)
                    : io.kefu.nlu.NluCommands.eval(args),
            "bench", io.kefu.nlu.NluCommands::bench);

    private Commands() {
    }

    static boolean isCommand(String name) {
        return COMMANDS.containsKey(name);
    }

    static int run(String name, String[] args) {
        return COMMANDS.get(name).applyAsInt(args);
    }
}
