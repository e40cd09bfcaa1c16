package io.kefu.insight.internal;

import java.util.ArrayList;
import java.util.List;

import io.kefu.conversation.AnalysedMessage;
import io.kefu.dialogue.IntentCatalogue;
import io.kefu.emotion.EmotionReading;

/**
 * A customer message that complains: its intent is a complaint, or the customer was angry, anxious
 * or disappointed when writing it (the emotion module's reading, so a complaint is recognised
 * however it is worded).
 *
 * @param previous whether it falls into the period before the one asked about
 */
record Complaint(Transcript transcript, AnalysedMessage message, String language, boolean previous) {

    String text() {
        return message.message().text();
    }

    String intent() {
        return message.analysis().intent();
    }

    static List<Complaint> in(List<Transcript> transcripts, IntentCatalogue catalogue, boolean previous) {
        List<Complaint> complaints = new ArrayList<>();
        for (Transcript transcript : transcripts) {
            for (AnalysedMessage message : transcript.analysed()) {
                if (isComplaint(message, catalogue) && message.message().text() != null && !message.message().text().isBlank()) {
                    String language = message.analysis().language() != null ? message.analysis().language() : transcript.language();
                    complaints.add(new Complaint(transcript, message, language, previous));
                }
            }
        }
        return complaints;
    }

    static boolean isComplaint(AnalysedMessage message, IntentCatalogue catalogue) {
        var analysis = message.analysis();
        if (analysis == null) {
            return false;
        }
        boolean complaintIntent = analysis.intent() != null && catalogue.is(analysis.intent(), IntentCatalogue.Kind.COMPLAINT);
        boolean negative = analysis.emotion() != null
                && new EmotionReading(analysis.emotion().label(), analysis.emotion().intensity(), analysis.emotion().trend()).isNegative();
        return complaintIntent || negative;
    }
}
