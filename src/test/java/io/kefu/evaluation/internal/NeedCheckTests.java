package io.kefu.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NeedCheckTests {

    private static final JsonNode CREAM = JsonMapper.builder().build().readTree("""
            {"sku": "C1", "name": "沐光玻尿酸保湿面霜 30ml", "description": "换季干燥起皮也能一抹润透；孕期、哺乳期可用。 Gentle daily moisturiser.",
             "attributes": {"skinType": "干性/混合性/敏感肌", "volumeMl": 30}, "tags": ["保湿", "孕期可用"]}""");

    @Test
    void aReasonCitesWhenItStatesAnAttributeValueATagOrAPhraseOfTheDescription() {
        assertThat(NeedCheck.cites("肤质类型：干性/混合性/敏感肌", CREAM)).isTrue();
        assertThat(NeedCheck.cites("孕期可用", CREAM)).isTrue();
        assertThat(NeedCheck.cites("干燥起皮也能用", CREAM)).isTrue();
        assertThat(NeedCheck.cites("a gentle daily moisturiser", CREAM)).isTrue();
    }

    @Test
    void aStockPhraseOrTheBrandNameAloneCitesNothing() {
        assertThat(NeedCheck.cites("符合您的要求", CREAM)).isFalse();
        assertThat(NeedCheck.cites("Matches what you asked for", CREAM)).isFalse();
        assertThat(NeedCheck.cites("沐光玻尿酸", CREAM)).isFalse();
        assertThat(NeedCheck.cites("", CREAM)).isFalse();
    }
}
