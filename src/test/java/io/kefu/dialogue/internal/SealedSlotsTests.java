package io.kefu.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kefu.privacy.PersonalDataSeal;
import io.kefu.privacy.PiiMasker;
import tools.jackson.databind.json.JsonMapper;

class SealedSlotsTests {

    private static final String ADDRESS = "上海市黄浦区南京东路 88 号 王先生 13912345678";

    private final JsonMapper json = JsonMapper.builder().build();
    private final SealedSlots here = new SealedSlots(new PersonalDataSeal("this node's key"), new DialogueStates(json));
    private final DialogueState waitingForConfirmation = DialogueState.INITIAL
        .withFlow(new ActiveFlow("change_address", 3, Map.of("orderId", "KF20261110001", "address", ADDRESS), "confirm", false));

    @Test
    void aSlotHoldingPersonalDataLeavesSealedAndComesBackAsTyped() {
        String stored = here.seal(json.writeValueAsString(waitingForConfirmation));

        assertThat(stored).doesNotContain("13912345678").doesNotContain("南京东路").contains("KF20261110001").contains("sealed:");
        assertThat(PiiMasker.maskJson(stored)).as("masking the stored state leaves the sealed value intact").isEqualTo(stored);
        ActiveFlow opened = here.open(stored).flow();
        assertThat(opened.slots()).containsEntry("address", ADDRESS).containsEntry("orderId", "KF20261110001");
        assertThat(opened.step()).isEqualTo(3);
        assertThat(opened.awaiting()).isEqualTo("confirm");
    }

    @Test
    void aValueSealedUnderAnotherKeyIsAskedForAgain() {
        String stored = here.seal(json.writeValueAsString(waitingForConfirmation));

        ActiveFlow elsewhere = new SealedSlots(new PersonalDataSeal("another node's key"), new DialogueStates(json)).open(stored).flow();

        assertThat(elsewhere.slots()).containsOnlyKeys("orderId");
        assertThat(elsewhere.step()).as("from the start, so the address is asked again").isZero();
        assertThat(elsewhere.awaiting()).isNull();
    }

    @Test
    void noStateStaysNoState() {
        assertThat(here.open(null)).isEqualTo(DialogueState.INITIAL);
        assertThat(here.seal(null)).isNull();
    }
}
