package io.kefu.conversation.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.kefu.commerce.OrderChanges;

/** Links the photos a customer sent during a return or exchange to that order's request. */
@Component
class EvidenceLinks {

    private final AttachmentStore attachments;

    EvidenceLinks(AttachmentStore attachments) {
        this.attachments = attachments;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(OrderChanges.OrderChanged change) {
        attachments.linkToOrder(change.evidence(), change.orderId());
    }
}
