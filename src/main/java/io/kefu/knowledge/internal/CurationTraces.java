package io.kefu.knowledge.internal;

import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kefu.privacy.DataSubject;
import io.kefu.privacy.PersonalDataHolder;

/**
 * What curation derived from a customer's messages: their questions in the unanswered list and the
 * candidate entries mined from their conversations. Erasure removes both (a candidate already
 * approved is the merchant's FAQ entry now, and only loses the link to the conversation).
 */
@Component
class CurationTraces implements PersonalDataHolder {

    private final JdbcClient jdbc;

    CurationTraces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        // derived from the transcript, which the export holds in full
        return Map.of();
    }

    @Override
    public void erase(DataSubject subject) {
        for (String text : subject.writtenTexts()) {
            jdbc.sql("DELETE FROM knowledge_unanswered WHERE question = :text").param("text", text).update();
        }
        // asked in another conversation but naming them: POSITION, unlike LIKE, takes the value as it is ("_" in an e-mail)
        for (String value : subject.personalValues()) {
            jdbc.sql("DELETE FROM knowledge_unanswered WHERE POSITION(:value IN question) > 0").param("value", value).update();
        }
        for (String conversationId : subject.conversationIds()) {
            jdbc.sql("DELETE FROM knowledge_candidates WHERE source_conversation_id = :id AND status <> 'APPROVED'").param("id", conversationId)
                .update();
            jdbc.sql("UPDATE knowledge_candidates SET source_conversation_id = NULL WHERE source_conversation_id = :id")
                .param("id", conversationId).update();
        }
    }

    @Override
    public int expire(RetentionCutoffs cutoffs) {
        return jdbc.sql("DELETE FROM knowledge_unanswered WHERE asked_at < :before")
            .param("before", cutoffs.analysesBefore().atOffset(ZoneOffset.UTC)).update();
    }
}
