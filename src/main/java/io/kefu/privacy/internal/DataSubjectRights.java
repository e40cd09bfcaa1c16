package io.kefu.privacy.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


import io.kefu.privacy.CustomerDataRights;
import io.kefu.privacy.DataSubject;
import io.kefu.privacy.PersonalDataHolder;
import io.kefu.privacy.PrivacyRequest;
import io.kefu.privacy.PrivacyRequest.Kind;
import io.kefu.privacy.PrivacyRequest.Status;

/**
 * Export and erasure across every module that holds customer data: each {@link PersonalDataHolder}
 * first says what it knows of the customer, then answers for its own part.
 */
@Service
class DataSubjectRights implements CustomerDataRights {

    private static final Logger log = LoggerFactory.getLogger(DataSubjectRights.class);
    private static final int LISTED = 500;

    private final List<PersonalDataHolder> holders;
    private final PrivacyRequests requests;

    DataSubjectRights(List<PersonalDataHolder> holders, PrivacyRequests requests) {
        this.holders = holders;
        this.requests = requests;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> export(String customerId) {
        DataSubject subject = identify(customerId);
        Map<String, Object> sections = new LinkedHashMap<>();
        for (PersonalDataHolder holder : holders) {
            holder.export(subject).forEach((section, part) -> {
                if (part != null && !isEmpty(part)) {
                    sections.put(section, part);
                }
            });
        }
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("customerId", customerId);
        export.put("exportedAt", now());
        export.putAll(sections);
        export.put("privacyRequests", requests.ofCustomer(customerId));
        return Optional.of(export);
    }

    @Override
    @Transactional
    public PrivacyRequest requestExport(String customerId, String channel, String conversationId, String actor) {
        return requests.insert(customerId, Kind.EXPORT, Status.DONE, channel, conversationId, null, actor, now());
    }

    @Override
    @Transactional
    public PrivacyRequest requestErasure(String customerId, String channel, String conversationId, String actor,
            boolean reviewWhenConcerned) {
        DataSubject subject = identify(customerId);
        List<String> concerns = holders.stream().flatMap(holder -> holder.erasureConcerns(subject).stream()).toList();
        if (reviewWhenConcerned && !concerns.isEmpty()) {
            return requests.insert(customerId, Kind.ERASURE, Status.REVIEW, channel, conversationId, String.join("; ", concerns), actor,
                    now());
        }
        PrivacyRequest done = requests.insert(customerId, Kind.ERASURE, Status.DONE, channel, conversationId, null, actor, now());
        erase(subject);
        return requests.find(done.id()).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PrivacyRequest> requestsOf(String customerId) {
        return requests.ofCustomer(customerId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PrivacyRequest> request(String id) {
        return requests.find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PrivacyRequest> requests(Status status) {
        return requests.list(status, LISTED);
    }

    @Override
    @Transactional
    public Optional<PrivacyRequest> approve(String requestId, String actor) {
        return waiting(requestId).map(request -> {
            requests.decide(request.id(), Status.DONE, request.outcome(), actor, now());
            if (request.kind() == Kind.ERASURE) {
                erase(identify(request.customerRef()));
            }
            return requests.find(request.id()).orElseThrow();
        });
    }

    @Override
    @Transactional
    public Optional<PrivacyRequest> reject(String requestId, String actor, String reason) {
        return waiting(requestId).map(request -> {
            requests.decide(request.id(), Status.REJECTED, reason, actor, now());
            return requests.find(request.id()).orElseThrow();
        });
    }

    private Optional<PrivacyRequest> waiting(String requestId) {
        return requests.find(requestId).filter(request -> request.status() == Status.REVIEW);
    }

    private DataSubject identify(String customerId) {
        DataSubject subject = new DataSubject(customerId);
        holders.forEach(holder -> holder.identify(subject));
        return subject;
    }

    private void erase(DataSubject subject) {
        holders.forEach(holder -> holder.erase(subject));
        String pseudonym = subject.pseudonym();
        requests.pseudonymise(subject.customerId(), pseudonym);
        log.info("Erased the personal data of customer {} ({} conversations)", pseudonym, subject.conversationIds().size());
    }

    private static boolean isEmpty(Object part) {
        return part instanceof java.util.Collection<?> collection && collection.isEmpty()
                || part instanceof Map<?, ?> map && map.isEmpty();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
