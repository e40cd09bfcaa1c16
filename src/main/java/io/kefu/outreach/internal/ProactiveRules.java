package io.kefu.outreach.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.kefu.outreach.OutreachRules;

/**
 * Evaluates the merchant's rules once: outside the quiet hours, every occasion a switched-on rule
 * finds that has not been messaged yet is handed to the {@link Sender}. An occasion held back (quiet
 * hours, the shopper's daily limit, the budget) stays due and is tried again on a later run.
 */
@Service
class ProactiveRules {

    private static final Logger log = LoggerFactory.getLogger(ProactiveRules.class);

    private final RulesTable rules;
    private final DueOccasions occasions;
    private final SentMessages sent;
    private final Sender sender;
    private final OutreachClock clock;

    ProactiveRules(RulesTable rules, DueOccasions occasions, SentMessages sent, Sender sender, OutreachClock clock) {
        this.rules = rules;
        this.occasions = occasions;
        this.sent = sent;
        this.sender = sender;
        this.clock = clock;
    }

    /** One evaluation; returns how each due occasion went (empty in the quiet hours or with every rule off). */
    Map<Sender.Outcome, Integer> run() {
        var now = clock.now();
        OutreachRules current = rules.current();
        Map<Sender.Outcome, Integer> outcomes = new EnumMap<>(Sender.Outcome.class);
        if (current.quietHours().contain(now.toLocalTime())) {
            return outcomes;
        }
        List<Occasion> due = occasions.at(now, current);
        for (Occasion occasion : due) {
            if (sent.contains(occasion.rule(), occasion.subject())) {
                continue; // the common case, settled without taking the lock
            }
            try {
                outcomes.merge(sender.send(occasion, now), 1, Integer::sum);
            }
            catch (RuntimeException e) {
                // one customer's failure (erased meanwhile, a race on the occasion) must not hold up the others
                log.warn("Proactive message {} {} to {} failed", occasion.rule().wire(), occasion.subject(), occasion.customerId(), e);
            }
        }
        if (outcomes.containsKey(Sender.Outcome.SENT)) {
            log.info("Proactive messages: {}", outcomes);
        }
        return outcomes;
    }
}
