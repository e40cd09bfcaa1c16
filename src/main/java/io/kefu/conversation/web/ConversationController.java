package io.kefu.conversation.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.conversation.ConversationService;
import io.kefu.conversation.ConversationView;
import io.kefu.conversation.Message;
import io.kefu.conversation.StartedConversation;
import io.kefu.conversation.TurnResult;
import io.kefu.platform.Caller;
import io.kefu.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The customer side of conversations (API §2). */
@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Conversations", description = "The customer side: open, talk, rate, close")
class ConversationController {

    private final ConversationService conversations;

    ConversationController(ConversationService conversations) {
        this.conversations = conversations;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a conversation; returns its customer token and the greeting")
    StartedConversation start(@RequestBody(required = false) StartRequest request) {
        StartRequest body = request != null ? request : new StartRequest(null, null, null);
        return conversations.start(body.customerId(), body.language(), body.channel());
    }

    @PostMapping("/{id}/messages")
    @Operation(summary = "Send a customer message; returns the bot's turn")
    TurnResult post(@PathVariable String id, @RequestBody MessageRequest request, @AuthenticationPrincipal Caller caller) {
        allow(caller, id);
        return conversations.post(id, request.text(), request.attachments());
    }

    @GetMapping("/{id}")
    ConversationView get(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        allow(caller, id);
        return conversations.view(id);
    }

    @GetMapping("/{id}/messages")
    @Operation(summary = "Messages after the given message id (all when omitted), for polling clients")
    List<Message> messages(@PathVariable String id, @RequestParam(required = false) String after,
            @AuthenticationPrincipal Caller caller) {
        allow(caller, id);
        return conversations.messagesAfter(id, after);
    }

    @PostMapping("/{id}/rating")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void rate(@PathVariable String id, @RequestBody RatingRequest request, @AuthenticationPrincipal Caller caller) {
        allow(caller, id);
        if (request.score() == null) {
            throw Problem.badRequest("score is required.", List.of(new Problem.FieldError("score", "is required")));
        }
        conversations.rate(id, request.score(), request.comment());
    }

    @PostMapping("/{id}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        allow(caller, id);
        conversations.close(id);
    }

    private static void allow(Caller caller, String conversationId) {
        if (caller == null || !caller.mayAccessConversation(conversationId)) {
            throw Problem.forbidden("This token does not open conversation " + conversationId + ".");
        }
    }

    record StartRequest(String customerId, String language, String channel) {
    }

    record MessageRequest(String text, List<Message.Attachment> attachments) {
    }

    record RatingRequest(Integer score, String comment) {
    }
}
