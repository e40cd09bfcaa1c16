package io.kefu.agentdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Priority with aging, and how routing ranks agents for a conversation. */
class QueueOrderTests {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-20T10:00:00+08:00");
    private static final Duration AGING = Duration.ofMinutes(2);

    @Test
    void waitingRaisesPriorityOneLevelPerAgingStep() {
        assertThat(waiting(1, 0).effectivePriority(NOW, AGING)).isEqualTo(1);
        assertThat(waiting(1, 119).effectivePriority(NOW, AGING)).isEqualTo(1);
        assertThat(waiting(1, 120).effectivePriority(NOW, AGING)).isEqualTo(2);
        assertThat(waiting(1, 600).effectivePriority(NOW, AGING)).isEqualTo(6);
        // a customer who asked for a human ten minutes ago now goes before a fresh high-risk case
        assertThat(waiting(1, 600).effectivePriority(NOW, AGING)).isGreaterThan(waiting(4, 0).effectivePriority(NOW, AGING));
    }

    @Test
    void theSkillCountsMostThenTheLanguageThenSpareCapacity() {
        HandoffRow logistics = waiting(1, 0);
        Agent skilledButBusy = agent("a", Set.of("logistics"), Set.of("zh"));
        Agent idleWithoutSkill = agent("b", Set.of("presales"), Set.of("zh"));
        Agent skilledAnyLanguage = agent("c", Set.of("logistics"), Set.of());
        Map<String, Integer> loads = Map.of("a", 9, "b", 0, "c", 0);

        assertThat(Routing.score(skilledButBusy, logistics, loads)).isGreaterThan(Routing.score(idleWithoutSkill, logistics, loads));
        assertThat(Routing.score(skilledButBusy, logistics, loads)).isGreaterThan(Routing.score(skilledAnyLanguage, logistics, loads));
        assertThat(skilledAnyLanguage.speaks("en")).isTrue();
        assertThat(skilledButBusy.speaks("en")).isFalse();
    }

    @Test
    void theMatterDecidesTheSkill() {
        Skills skills = new Skills(new io.kefu.dialogue.IntentCatalogue());
        assertThat(skills.needed("logistics", "customer_request")).isEqualTo("logistics");
        assertThat(skills.needed("return_request", "bot_failure")).isEqualTo("aftersales");
        assertThat(skills.needed("order_status", "negative_emotion")).isEqualTo(Skills.COMPLAINTS);
        assertThat(skills.needed(null, "customer_request")).isNull();
        assertThat(skills.needed("greeting", "customer_request")).isNull();
    }

    private static HandoffRow waiting(int priority, long secondsAgo) {
        return new HandoffRow("c-" + priority + "-" + secondsAgo, null, "zh", "customer_request", priority, "logistics", "logistics", null,
                HandoffRow.WAITING, NOW.minusSeconds(secondsAgo), null, null, null, null, null, null, null);
    }

    private static Agent agent(String name, Set<String> skills, Set<String> languages) {
        return new Agent(name, "hash", name, "AGENT", skills, languages, 10, "ONLINE", NOW);
    }
}
