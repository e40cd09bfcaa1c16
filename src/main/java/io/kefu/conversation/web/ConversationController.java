package io.kefu.conversation.web;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.conversation.AttachmentContent;
import io.kefu.conversation.ConversationService;
import io.kefu.conversation.ConversationView;
import io.kefu.conversation.Message;
import io.kefu.conversation.Preferences;
import io.kefu.conversation.StartedConversation;
import io.kefu.conversation.TurnResult;
import io.kefu.platform.Caller;
import io.kefu.platform.CustomerIdentity;
import io.kefu.platform.KefuSettings;
import io.kefu.platform.Problem;
import io.kefu.platform.RateLimit;
import io.kefu.platform.RateLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The customer side of conversations (API §2). Opening one for a named customer needs proof of
 * who they are; only the customer's own token writes into a conversation, at a pace a person
 * typing never reaches; transcripts are read at most {@link ConversationView#LATEST_MESSAGES}
 * messages at a time.
 */
@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Conversations", description = "The customer side: open, talk, rate, close")
class ConversationController {

    private final ConversationService conversations;
    private final CustomerIdentity identity;
    private final ConversationAccess access;
    private final RateLimiter limiter;
    private final RateLimit messagesPerConversation;

    ConversationController(ConversationService conversations, CustomerIdentity identity, ConversationAccess access,
            RateLimiter limiter, KefuSettings settings) {
        this.conversations = conversations;
        this.identity = identity;
        this.access = access;
        this.limiter = limiter;
        this.messagesPerConversation = new RateLimit(settings.security().messageBurstPerConversation(),
                settings.security().messagesPerMinutePerConversation());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a conversation; returns its customer token and the greeting. A customerId needs its "
            + "customerHash (HMAC-SHA256 with the identity secret) or the admin token")
    StartedConversation start(@RequestBody(required = false) StartRequest request, @AuthenticationPrincipal Caller caller) {
        StartRequest body = request != null ? request : new StartRequest(null, null, null, null);
        if (body.customerId() != null && !(caller instanceof Caller.Admin) && !identity.proves(body.customerId(), body.customerHash())) {
            throw Problem.unauthorized("A customerId is accepted only with its customerHash, signed by the merchant's server "
                    + "with the identity secret, or with the admin token.");
        }
        return conversations.start(body.customerId(), body.language(), body.channel());
    }

    @PostMapping("/{id}/messages")
    @Operation(summary = "Send a customer message; returns the bot's turn")
    TurnResult post(@PathVariable String id, @RequestBody MessageRequest request, @AuthenticationPrincipal Caller caller) {
        access.requireCustomer(caller, id);
        admitMessage(id);
        return conversations.post(id, request.text(), request.attachments());
    }

    @GetMapping("/{id}")
    @Operation(summary = "The conversation with its latest 200 messages")
    ConversationView get(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        access.requireReader(caller, id);
        return conversations.view(id, ConversationAccess.isStaff(caller));
    }

    @GetMapping("/{id}/messages")
    @Operation(summary = "Messages after the given message id (from the start when omitted), oldest first, at most limit "
            + "(default and maximum 200): for polling clients and paging a long transcript")
    List<Message> messages(@PathVariable String id, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "" + ConversationView.LATEST_MESSAGES) int limit, @AuthenticationPrincipal Caller caller) {
        access.requireReader(caller, id);
        return conversations.messagesAfter(id, after, limit, ConversationAccess.isStaff(caller));
    }

    @PostMapping("/{id}/rating")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void rate(@PathVariable String id, @RequestBody RatingRequest request, @AuthenticationPrincipal Caller caller) {
        access.requireCustomer(caller, id);
        if (request.score() == null) {
            throw Problem.badRequest("score is required.", List.of(new Problem.FieldError("score", "is required")));
        }
        conversations.rate(id, request.score(), request.comment());
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload an image (JPEG, PNG, GIF, WebP; at most 5 MB); reference its id in a message")
    Message.Attachment attach(@PathVariable String id, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal Caller caller) throws IOException {
        access.requireCustomer(caller, id);
        admitMessage(id);
        return conversations.attach(id, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId,
            @AuthenticationPrincipal Caller caller) {
        access.requireReader(caller, id);
        AttachmentContent attachment = conversations.attachment(id, attachmentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(attachment.contentType())).header("X-Content-Type-Options", "nosniff")
            .body(attachment.bytes());
    }

    @PostMapping("/{id}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        access.requireCustomer(caller, id);
        conversations.close(id);
    }

    @GetMapping("/{id}/preferences")
    @Operation(summary = "The shopper's choices, e.g. whether recommendations may be personalised")
    Preferences preferences(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        access.requireCustomer(caller, id);
        return conversations.preferences(id);
    }

    @PutMapping("/{id}/preferences")
    @Operation(summary = "Change the shopper's choices ({\"personalisedRecommendations\": false} turns personalised "
            + "recommendations off, {\"proactiveMessages\": false} the messages the store sends first); stored as the customer's "
            + "consent, or the conversation's for a visitor")
    Preferences changePreferences(@PathVariable String id, @RequestBody Preferences changes, @AuthenticationPrincipal Caller caller) {
        access.requireCustomer(caller, id);
        return conversations.changePreferences(id, changes);
    }

    /** Messages and uploads into one conversation share one bucket: a flood is refused with 429. */
    private void admitMessage(String conversationId) {
        limiter.takeOrRefuse("messages:" + conversationId, messagesPerConversation,
                "Too many messages in this conversation; wait a moment before sending more.");
    }

    record StartRequest(String customerId, String customerHash, String language, String channel) {
    }

    record MessageRequest(String text, List<Message.Attachment> attachments) {
    }

    record RatingRequest(Integer score, String comment) {
    }
}
