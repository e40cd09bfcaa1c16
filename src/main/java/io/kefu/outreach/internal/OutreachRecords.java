package io.kefu.outreach.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.kefu.privacy.DataSubject;
import io.kefu.privacy.PersonalDataHolder;

/**
 * The proactive messages a customer was sent (rule, order, coupon, when, whether they answered), in
 * their export. Erasure keeps the records for the report under the customer's pseudonym and
 * forgets their complaints.
 */
@Component
class OutreachRecords implements PersonalDataHolder {

    private final SentMessages sent;
    private final Complaints complaints;

    OutreachRecords(SentMessages sent, Complaints complaints) {
        this.sent = sent;
        this.complaints = complaints;
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        var messages = sent.toCustomer(subject.customerId());
        return messages.isEmpty() ? Map.of() : Map.of("proactiveMessages", messages);
    }

    @Override
    public void erase(DataSubject subject) {
        sent.pseudonymise(subject.customerId(), subject.pseudonym());
        complaints.forget(subject.customerId());
    }
}
