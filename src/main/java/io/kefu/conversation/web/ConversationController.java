package io.kefu.conversation.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
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
        return conversations.view(id, isStaff(caller));
    }

    @GetMapping("/{id}/messages")
    @Operation(summary = "Messages after the given message id (all when omitted), for polling clients")
    List<Message> messages(@PathVariable String id, @RequestParam(required = false) String after,
            @AuthenticationPrincipal Caller caller) {
        allow(caller, id);
        return conversations.messagesAfter(id, after, isStaff(caller));
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

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload an image (JPEG, PNG, GIF, WebP; at most 5 MB); reference its id in a message")
    Message.Attachment attach(@PathVariable String id, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal Caller caller) throws IOException {
        allow(caller, id);
        return conversations.attach(id, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> attachment(@PathVariable String id, @PathVariable String attachmentId,
            @AuthenticationPrincipal Caller caller) throws IOException {
        allow(caller, id);
        Path file = conversations.attachmentFile(id, attachmentId);
        MediaType type = MediaType.parseMediaType(Files.probeContentType(file) != null ? Files.probeContentType(file) : "application/octet-stream");
        return ResponseEntity.ok().contentType(type).header("X-Content-Type-Options", "nosniff").body(new FileSystemResource(file));
    }

    @PostMapping("/{id}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        allow(caller, id);
        conversations.close(id);
    }

    /** Agents and the admin see internal notes; a customer never does. */
    static boolean isStaff(Caller caller) {
        return !(caller instanceof Caller.Customer);
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
