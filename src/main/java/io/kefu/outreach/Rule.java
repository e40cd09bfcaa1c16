package io.kefu.outreach;

/** The proactive rules, with the names they carry in records and reports. */
public enum Rule {
    STALLED_SHIPMENT("stalled_shipment"), UNPAID_ORDER("unpaid_order"), SERVICE_RECOVERY("service_recovery");

    private final String wire;

    Rule(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Rule ofWire(String wire) {
        for (Rule rule : values()) {
            if (rule.wire.equals(wire)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("No rule " + wire);
    }
}
