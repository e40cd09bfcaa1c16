package io.kefu.outreach.internal;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kefu.outreach.OutreachRules;
import tools.jackson.databind.json.JsonMapper;

/**
 * The merchant's rules: one row, written as JSON; the defaults (everything off) until the merchant
 * saves them. Locking the row serialises the sending of proactive messages across nodes, so a
 * shopper's daily limit and the month's coupon budget are checked against every message already sent.
 */
@Repository
class RulesTable {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RulesTable(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    OutreachRules current() {
        return parse(jdbc.sql("SELECT body FROM outreach_rules WHERE id = 'rules'").query(String.class).optional().orElse(null));
    }

    /** The rules, holding the row until the transaction ends. */
    OutreachRules lock() {
        return parse(jdbc.sql("SELECT body FROM outreach_rules WHERE id = 'rules' FOR UPDATE").query(String.class).optional().orElse(null));
    }

    void save(OutreachRules rules, OffsetDateTime at) {
        jdbc.sql("UPDATE outreach_rules SET body = :body, updated_at = :at WHERE id = 'rules'")
            .param("body", json.writeValueAsString(rules)).param("at", at).update();
    }

    private OutreachRules parse(String body) {
        // a field added to the rules later reads as its default in rules saved before it existed
        return body == null ? OutreachRules.DEFAULTS : OutreachRules.DEFAULTS.with(json.readValue(body, OutreachRules.class));
    }
}
