package io.kefu.dialogue.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.dialogue.Reply;
import io.kefu.knowledge.KnowledgeAnswer;
import io.kefu.knowledge.KnowledgeBase;
import io.kefu.knowledge.KnowledgeMatch;

/**
 * Answers from the merchant's FAQ: the matching entry's answer (rendered with live store data, its
 * version cited, "did this help?" offered), or, when the match is uncertain, the best entries as
 * "您是想问" choices — never a confident answer from an entry that may be the wrong one.
 */
@Component
class KnowledgeAnswerer implements Answerer {

    private final KnowledgeBase knowledge;
    private final Phrases phrases;

    KnowledgeAnswerer(KnowledgeBase knowledge, Phrases phrases) {
        this.knowledge = knowledge;
        this.phrases = phrases;
    }

    @Override
    public String name() {
        return "knowledge";
    }

    @Override
    public Answer answer(Ask ask) {
        return ask.knowledge().answers() ? fromMatch(ask.knowledge(), ask.language(), ask.state().lastReply()) : Answer.NONE;
    }

    /**
     * The answer of the entries the match answers from: the best one's, or, when one of the two best
     * is surely right though neither alone surely enough, both, each under its question; a match that
     * does not answer gives its best entry's.
     */
    Answer fromMatch(KnowledgeMatch match, String language, String previousReply) {
        List<KnowledgeMatch.Candidate> entries = match.answering();
        if (entries.size() < 2) {
            return fromEntry(match.best().orElseThrow(), language, previousReply);
        }
        StringBuilder text = new StringBuilder(phrases.say("knowledge.either", language));
        entries.forEach(entry -> text.append('\n').append(phrases.say("knowledge.eitherEntry", language,
                java.util.Map.of("question", entry.question(), "answer", entry.answer()))));
        return answered(text.toString(), entries, language);
    }

    /** A reply citing the entries (the first one remembered as answered from), asking whether it helped. */
    private Answer answered(String text, List<KnowledgeMatch.Candidate> entries, String language) {
        Reply reply = new Reply(text, List.of(phrases.say("feedback.helpful", language), phrases.say("feedback.notHelpful", language)),
                entries.stream().map(entry -> new Reply.Source("knowledge", entry.source())).toList(), List.of());
        String first = entries.getFirst().source();
        return Answer.specific(reply, state -> state.with(b -> b.answeredFromKnowledge = first));
    }

    /**
     * The entry's answer; when the bot has just said it, only the sentence closest to the new question
     * ("凑不够的话邮费几块" after the shipping answer): the customer asks about one detail of it.
     */
    Answer fromEntry(KnowledgeMatch.Candidate entry, String language, String previousReply) {
        String text = entry.answer().equals(previousReply) && !entry.focus().isBlank() ? entry.focus() : entry.answer();
        return answered(text, List.of(entry), language);
    }

    /** "您是想问": the best entries as choices; empty when the match has none. */
    Optional<Answer> suggest(KnowledgeMatch match, String language) {
        return offer(match, language, "knowledge.didYouMean");
    }

    /** The same choices after an answer of the bot's own: "您可能还想了解". */
    Optional<Answer> related(KnowledgeMatch match, String language) {
        return offer(match, language, "knowledge.related");
    }

    private Optional<Answer> offer(KnowledgeMatch match, String language, String lead) {
        if (match.band() != KnowledgeMatch.Band.SUGGEST || match.candidates().isEmpty()) {
            return Optional.empty();
        }
        List<DialogueState.Offer> offers = match.candidates().stream().map(c -> new DialogueState.Offer(c.entryId(), c.question())).toList();
        List<String> choices = new java.util.ArrayList<>(offers.stream().map(DialogueState.Offer::question).toList());
        choices.add(phrases.say("menu.human", language));
        Reply reply = Reply.of(phrases.say(lead, language), choices);
        return Optional.of(new Answer(List.of(reply), Answer.Grounding.GENERIC, state -> state.with(b -> b.offered = offers)));
    }

    /** The answer of the entry the customer chose from the choices offered last turn, if this message is one of them. */
    Optional<Answer> chosen(String text, DialogueState before, String language) {
        String said = text.strip();
        return before.offered().stream().filter(offer -> offer.question().equalsIgnoreCase(said)).findFirst()
            .flatMap(offer -> knowledge.answerWith(offer.entryId(), language))
            .map(answer -> fromEntry(new KnowledgeMatch.Candidate(answer.entryId(), answer.version(), answer.matchedQuestion(),
                    answer.answer(), 1.0), language, null));
    }

    KnowledgeMatch match(String text, String language) {
        return knowledge.match(text, language);
    }

    void unanswered(String text, String language) {
        knowledge.recordUnanswered(text, language);
    }

    /** Counts "did this help?" for the entry the last reply cited. */
    void feedback(String source, boolean helpful) {
        knowledge.feedback(source, helpful);
    }

}
