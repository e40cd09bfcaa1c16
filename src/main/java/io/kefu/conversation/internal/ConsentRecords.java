package io.kefu.conversation.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.kefu.conversation.Consents;
import io.kefu.privacy.DataSubject;
import io.kefu.privacy.PersonalDataHolder;

/** The customer's consents with their history, in the export; forgotten with the customer. */
@Component
class ConsentRecords implements PersonalDataHolder {

    private final Consents consents;

    ConsentRecords(Consents consents) {
        this.consents = consents;
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        return Map.of("consents", consents.of(subject.customerId()));
    }

    @Override
    public void erase(DataSubject subject) {
        consents.eraseFor(subject.customerId());
    }
}
