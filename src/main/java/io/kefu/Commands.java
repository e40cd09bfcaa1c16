package io.kefu;

import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The offline subcommands of the jar. Each runs without the web server and returns a process exit
 * code; its machine-readable result is the last line it prints to standard output. {@code eval}
 * goes to the module that owns its {@code --task}.
 */
final class Commands {

    private static final Map<String, ToIntFunction<String[]>> EVAL_TASKS = Map.of(
            "emotion", io.kefu.emotion.EmotionCommands::eval,
            "polarity", io.kefu.emotion.EmotionCommands::eval,
            "faq", args -> hasOption(args, "--store") ? io.kefu.evaluation.StoreEvaluation.run(args, KefuApplication.class)
                    : io.kefu.knowledge.KnowledgeEvaluation.run(args),
            "conversations", args -> io.kefu.evaluation.StoreEvaluation.run(args, KefuApplication.class),
            "needs", args -> io.kefu.evaluation.StoreEvaluation.run(args, KefuApplication.class),
            "pairs", io.kefu.knowledge.KnowledgeEvaluation::run);

    private static final Map<String, ToIntFunction<String[]>> COMMANDS = Map.of(
            "eval", args -> EVAL_TASKS.getOrDefault(task(args), io.kefu.nlu.NluCommands::eval).applyAsInt(args),
            "bench", io.kefu.nlu.NluCommands::bench,
            "sale-day", io.kefu.platform.internal.loadtest.SaleDayCommand::run);

    private Commands() {
    }

    static boolean isCommand(String name) {
        return COMMANDS.containsKey(name);
    }

    static int run(String name, String[] args) {
        return COMMANDS.get(name).applyAsInt(args);
    }

    private static boolean hasOption(String[] args, String option) {
        return java.util.Arrays.asList(args).contains(option);
    }

    private static String task(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if ("--task".equals(args[i])) {
                return args[i + 1];
            }
        }
        return "intent";
    }
}
