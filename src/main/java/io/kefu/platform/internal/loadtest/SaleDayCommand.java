package io.kefu.platform.internal.loadtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * {@code sale-day --url LB --admin-token T [--customers N] [--agent-every K] [--think-millis M]
 * [--duration S | --stop-file F] [--agent-urls URL,URL] [--kill-pid P --kill-url URL --kill-after S
 * --heartbeat-timeout S]}: the sale-day scenario against a cluster behind a load balancer
 * ({@code scripts/sale-day.sh} starts one). N simulated customers talk through the balancer, every
 * K-th asks for a human; one agent per node URL works the desk on that node. With {@code --kill-pid}
 * the node process is killed with SIGKILL mid-load. At the end each transcript is read back: every
 * acknowledged turn must be stored, every customer must have got each later message (socket or the
 * widget's catch-up after a reconnection or a failed turn) with none pushed twice, the agents on
 * surviving nodes must keep their customers and the dead node's agents' customers must reach a
 * surviving agent after the heartbeat timeout. Without a kill (a rolling restart runs meanwhile) no
 * turn may fail.
 * Counts go to stdout, the last line is JSON; the exit code is 1 when a target is missed.
 */
public final class SaleDayCommand {

    private SaleDayCommand() {
    }

    public static int run(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!options.containsKey("url") || !options.containsKey("admin-token")) {
            System.err.println("usage: sale-day --url LB --admin-token T [--customers N] [--agent-every K] [--think-millis M] "
                    + "[--duration S | --stop-file F] [--agent-urls URL,...] [--kill-pid P --kill-url URL --kill-after S "
                    + "--heartbeat-timeout S]");
            return 2;
        }
        try {
            return new SaleDay(options).run() ? 0 : 1;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        catch (Exception e) {
            e.printStackTrace();
            return 1;
        }
    }

    /** One run of the scenario. */
    private static final class SaleDay {

        private final Api lb;
        private final String adminToken;
        private final int customers;
        private final int agentEvery;
        private final int think;
        private final long duration;
        private long deadline;
        private final Path stopFile;
        private final List<String> agentUrls;
        private final long killPid;
        private final String killUrl;
        private final int killAfter;
        private final int heartbeatTimeout;
        private final Tally failures = new Tally();
        private volatile boolean agentsWork = true;

        SaleDay(Map<String, String> options) {
            lb = new Api(options.get("url"));
            adminToken = options.get("admin-token");
            customers = Integer.parseInt(options.getOrDefault("customers", "40"));
            agentEvery = Integer.parseInt(options.getOrDefault("agent-every", "5"));
            think = Integer.parseInt(options.getOrDefault("think-millis", "500"));
            duration = Long.parseLong(options.getOrDefault("duration", "600")) * 1_000_000_000L;
            stopFile = options.containsKey("stop-file") ? Path.of(options.get("stop-file")) : null;
            agentUrls = options.containsKey("agent-urls") ? Arrays.asList(options.get("agent-urls").split(",")) : List.of();
            killPid = Long.parseLong(options.getOrDefault("kill-pid", "0"));
            killUrl = options.getOrDefault("kill-url", "");
            killAfter = Integer.parseInt(options.getOrDefault("kill-after", "15"));
            heartbeatTimeout = Integer.parseInt(options.getOrDefault("heartbeat-timeout", "90"));
        }

        boolean run() throws Exception {
            List<SimulatedAgent> agents = agents();
            deadline = System.nanoTime() + duration;
            Thread desk = Thread.ofVirtual().start(() -> work(agents));
            agents.forEach(agent -> Thread.ofVirtual().start(() -> agent.keepAlive(() -> agentsWork)));
            BooleanSupplier loadOn = () -> System.nanoTime() < deadline && (stopFile == null || !Files.exists(stopFile));
            List<SimulatedCustomer> crowd = new ArrayList<>();
            for (int c = 0; c < customers; c++) {
                crowd.add(new SimulatedCustomer(lb, failures, c, agentEvery > 0 && c % agentEvery == 0));
            }
            Map<SimulatedAgent, Set<String>> heldAtKill = new LinkedHashMap<>();
            Thread killer = killPid > 0 ? Thread.ofVirtual().start(() -> kill(agents, heldAtKill)) : null;
            System.err.printf("%d customers through %s%s%n", customers, lb.base(), killPid > 0 ? ", node " + killUrl + " dies after " + killAfter + " s" : "");
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (SimulatedCustomer customer : crowd) {
                    threads.submit(() -> {
                        if (customer.open(loadOn)) {
                            customer.talk(loadOn, think);
                        }
                        return null;
                    });
                }
            }
            if (killer != null) {
                killer.join();
            }
            Map<String, Integer> desks = killer != null ? awaitRerouting(agents, heldAtKill) : Map.of();
            agentsWork = false;
            desk.join();
            agents.forEach(SimulatedAgent::signOut);
            Thread.sleep(3000); // the last frames reach their sockets
            crowd.forEach(SimulatedCustomer::close);
            return report(crowd, agents, desks);
        }

        private List<SimulatedAgent> agents() throws Exception {
            List<SimulatedAgent> agents = new ArrayList<>();
            List<Map<String, Object>> accounts = new ArrayList<>();
            String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
            for (int i = 0; i < agentUrls.size(); i++) {
                String username = "saleday-" + run + "-" + i;
                accounts.add(SimulatedAgent.account(username));
                agents.add(new SimulatedAgent(new Api(agentUrls.get(i)), username));
            }
            if (!accounts.isEmpty() && !lb.put("/api/v1/agents", adminToken, accounts).ok()) {
                throw new IllegalStateException("cannot create the agents");
            }
            for (SimulatedAgent agent : agents) {
                agent.signIn();
            }
            return agents;
        }

        private void work(List<SimulatedAgent> agents) {
            while (agentsWork) {
                agents.forEach(SimulatedAgent::work);
                try {
                    Thread.sleep(2000);
                }
                catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void kill(List<SimulatedAgent> agents, Map<SimulatedAgent, Set<String>> heldAtKill) {
            try {
                Thread.sleep(killAfter * 1000L);
            }
            catch (InterruptedException e) {
                return;
            }
            // the kill must find every agent with customers: the dead node's to reroute, the survivors' to keep
            long latest = System.nanoTime() + 60_000_000_000L;
            while (agents.stream().anyMatch(agent -> agent.held().isEmpty()) && System.nanoTime() < latest) {
                try {
                    Thread.sleep(500);
                }
                catch (InterruptedException e) {
                    return;
                }
            }
            agents.forEach(agent -> heldAtKill.put(agent, agent.held()));
            boolean killed = ProcessHandle.of(killPid).map(ProcessHandle::destroyForcibly).orElse(false);
            System.err.printf("killed node %s (pid %d, SIGKILL): %s%n", killUrl, killPid, killed);
        }

        private boolean onDeadNode(SimulatedAgent agent) {
            return agentUrls.get(Integer.parseInt(agent.username().substring(agent.username().lastIndexOf('-') + 1))).equals(killUrl);
        }

        /** Waits (at most the heartbeat timeout and a minute) until the dead node's agents' customers are with survivors. */
        private Map<String, Integer> awaitRerouting(List<SimulatedAgent> agents, Map<SimulatedAgent, Set<String>> heldAtKill)
                throws InterruptedException {
            Set<String> orphans = new HashSet<>();
            heldAtKill.forEach((agent, held) -> {
                if (onDeadNode(agent)) {
                    orphans.addAll(held);
                }
            });
            long until = System.nanoTime() + (heartbeatTimeout + 60) * 1_000_000_000L;
            Set<String> rerouted = new HashSet<>();
            while (System.nanoTime() < until) {
                rerouted.clear();
                agents.stream().filter(agent -> !onDeadNode(agent)).forEach(agent -> rerouted.addAll(agent.held()));
                rerouted.retainAll(orphans);
                if (rerouted.size() == orphans.size()) {
                    break;
                }
                Thread.sleep(1000);
            }
            int kept = 0;
            int survivorsHeld = 0;
            for (Map.Entry<SimulatedAgent, Set<String>> entry : heldAtKill.entrySet()) {
                if (!onDeadNode(entry.getKey())) {
                    survivorsHeld += entry.getValue().size();
                    kept += (int) entry.getValue().stream().filter(entry.getKey().held()::contains).count();
                }
            }
            Map<String, Integer> desks = new LinkedHashMap<>();
            desks.put("deadNodeAgentsHeld", orphans.size());
            desks.put("rerouted", rerouted.size());
            desks.put("survivingAgentsHeld", survivorsHeld);
            desks.put("survivingAgentsKept", kept);
            return desks;
        }

        private boolean report(List<SimulatedCustomer> crowd, List<SimulatedAgent> agents, Map<String, Integer> desks) throws Exception {
            int acknowledged = 0, stored = 0, reconnected = 0, reconnects = 0, gaps = 0, duplicates = 0, caughtUp = 0, opened = 0, socketMisses = 0;
            for (SimulatedCustomer customer : crowd) {
                if (customer.conversationId() == null) {
                    continue;
                }
                opened++;
                SimulatedCustomer.Check check = customer.check(lb, adminToken);
                acknowledged += check.acknowledged();
                stored += check.stored();
                reconnects += check.reconnects();
                reconnected += check.reconnects() > 0 ? 1 : 0;
                gaps += check.gaps();
                duplicates += check.duplicates();
                caughtUp += check.caughtUp();
                socketMisses += check.socketMisses();
            }
            int turnFailures = (int) failures.byKind().entrySet().stream().filter(e -> e.getKey().startsWith("turn"))
                    .mapToInt(Map.Entry::getValue).sum();
            int agentMessages = agents.stream().mapToInt(SimulatedAgent::written).sum();
            System.out.printf(Locale.ROOT, "customers: %d of %d opened a conversation%n", opened, customers);
            System.out.printf(Locale.ROOT, "turns acknowledged: %d, stored: %d%n", acknowledged, stored);
            System.out.printf(Locale.ROOT, "failed requests by kind: %s%n", failures.byKind());
            System.out.printf(Locale.ROOT, "customers whose socket reconnected: %d (%d reconnections)%n", reconnected, reconnects);
            System.out.printf(Locale.ROOT, "messages missed (gaps): %d, pushed twice (duplicates): %d, recovered by catch-up: %d, "
                    + "neither pushed nor caught up but in a turn's reply: %d%n", gaps, duplicates, caughtUp, socketMisses - gaps);
            System.out.printf(Locale.ROOT, "agent messages written: %d%n", agentMessages);
            if (!desks.isEmpty()) {
                System.out.printf(Locale.ROOT, "desk after the kill: %s%n", desks);
            }
            List<String> missed = new ArrayList<>();
            check(missed, opened == customers, "not every customer opened a conversation");
            check(missed, acknowledged > 0 && stored == acknowledged, "acknowledged turns missing from the database");
            check(missed, gaps == 0, "messages never reached their customer");
            check(missed, duplicates == 0, "messages pushed twice");
            if (killPid > 0) {
                check(missed, reconnected > 0, "no customer socket was on the killed node");
                check(missed, desks.get("deadNodeAgentsHeld") > 0 && desks.get("rerouted").equals(desks.get("deadNodeAgentsHeld")),
                        "the dead node's agents' customers were not rerouted");
                check(missed, desks.get("survivingAgentsHeld") > 0 && desks.get("survivingAgentsKept").equals(desks.get("survivingAgentsHeld")),
                        "agents on the surviving node lost conversations");
            }
            else {
                check(missed, failures.total() == 0, "requests failed");
            }
            missed.forEach(target -> System.out.println("TARGET MISSED: " + target));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("customers", opened);
            json.put("acknowledged", acknowledged);
            json.put("stored", stored);
            json.put("failedTurns", turnFailures);
            json.put("failedRequests", failures.total());
            json.put("reconnectedCustomers", reconnected);
            json.put("gaps", gaps);
            json.put("duplicates", duplicates);
            json.put("recoveredByCatchUp", caughtUp);
            json.put("onlyInTurnReply", socketMisses - gaps);
            json.putAll(desks);
            json.put("targetsMet", missed.isEmpty());
            System.out.println(Api.JSON.writeValueAsString(json));
            return missed.isEmpty();
        }

        private static void check(List<String> missed, boolean met, String target) {
            if (!met) {
                missed.add(target);
            }
        }
    }
}
