package io.kefu.nlu.internal.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code bench} was asked to do. {@code urls} are the nodes' base URLs, customers spread over
 * them in turn; {@code warmUpSeconds} run before measuring and are not counted in the figures;
 * {@code windowSeconds} (0 = none) splits the measured time into windows with figures of their own,
 * so that the first minute after a node turned ready can be told from the rest.
 */
record BenchOptions(List<String> urls, int customers, int durationSeconds, int thinkMillis, boolean uniqueTexts,
        int warmUpSeconds, int windowSeconds, String adminToken, boolean embedding) {

    static final String USAGE = """
            usage: bench --url URL[,URL...] [--customers N] [--duration S] [--think-millis M] [--unique-texts true]
                         [--warm-up S] [--window S] [--admin-token T] [--embedding false]

              --url           one node, or several separated by commas: customer i talks to node i mod n
              --customers     simulated customers, each in a conversation of its own (default 50)
              --duration      measured seconds (default 30)
              --think-millis  pause after each answer (default 0: a saturated closed loop); customers start spread over one pause
              --unique-texts  true: every message carries a distinct word, so no turn is served from a cache
              --warm-up       seconds run before measuring, not counted (default a quarter of --duration, at most 10);
                              0 measures from the first request, e.g. the first minute after a node turned ready
              --window        also report p50/p99/throughput for every window of this many seconds
              --admin-token   sent when opening conversations (default: env KEFU_ADMIN_TOKEN): the node exempts
                              the admin token from its limit of conversations per client address
              --embedding     false: skip measuring the raw embedding throughput (done after the load)

            A node limits how many conversations one address opens per minute (30 by default) and how many
            messages a conversation takes in a row (10, then 60 a minute). For a load test lift them: pass
            the node's admin token (--admin-token or KEFU_ADMIN_TOKEN), or start the node with
            KEFU_SECURITY_CONVERSATIONSPERMINUTEPERCLIENT=1000000; and start it with
            KEFU_SECURITY_MESSAGEBURSTPERCONVERSATION=1000000, which no token lifts. A refused opening or
            message is counted as an error of its kind (opening429, turn429), never hidden: the summary says
            how many customers actually ran (opened a conversation and had at least one turn answered) next to
            how many were asked for.
            """;

    /** Empty when the arguments ask for the usage text or lack a URL. */
    static java.util.Optional<BenchOptions> parse(String[] args, Map<String, String> environment) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            if (name.equals("help") || name.equals("h") || i + 1 == args.length) {
                return java.util.Optional.empty();
            }
            options.put(name, args[++i]);
        }
        if (!options.containsKey("url")) {
            return java.util.Optional.empty();
        }
        List<String> urls = Arrays.stream(options.get("url").split(",")).map(String::strip).filter(url -> !url.isEmpty())
            .map(url -> url.replaceFirst("/+$", "")).toList();
        int duration = Integer.parseInt(options.getOrDefault("duration", "30"));
        return java.util.Optional.of(new BenchOptions(urls, Integer.parseInt(options.getOrDefault("customers", "50")), duration,
                Integer.parseInt(options.getOrDefault("think-millis", "0")),
                Boolean.parseBoolean(options.getOrDefault("unique-texts", "false")),
                Integer.parseInt(options.getOrDefault("warm-up", Integer.toString(Math.min(10, duration / 4)))),
                Integer.parseInt(options.getOrDefault("window", "0")),
                options.getOrDefault("admin-token", environment.get("KEFU_ADMIN_TOKEN")),
                Boolean.parseBoolean(options.getOrDefault("embedding", "true"))));
    }

    /** The node that customer {@code index} talks to: round-robin over the URLs. */
    String urlFor(int index) {
        return urls.get(index % urls.size());
    }
}
