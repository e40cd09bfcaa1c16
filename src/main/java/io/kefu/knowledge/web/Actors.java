package io.kefu.knowledge.web;

import io.kefu.platform.Caller;

/** Who made a change, as the version history records it. */
final class Actors {

    private Actors() {
    }

    static String of(Caller caller) {
        return switch (caller) {
            case Caller.Admin admin -> "admin";
            case Caller.Agent agent -> "agent:" + agent.username();
            case Caller.Customer customer -> "customer";
            case null -> "system";
        };
    }
}
