/**
 * Conversations between a customer and Kefu: messages, the turn pipeline (analyse, decide, reply,
 * persist, publish), the REST and WebSocket channels, and the mode bot → queued → agent → closed.
 */
package io.kefu.conversation;
