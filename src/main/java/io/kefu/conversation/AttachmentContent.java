package io.kefu.conversation;

/** An attachment's image as the customer uploaded it: its checked content type and its bytes. */
public record AttachmentContent(String contentType, byte[] bytes) {
}
