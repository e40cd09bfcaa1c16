/**
 * Deciding the next action of the bot for a customer turn and composing its replies.
 */
package io.kefu.dialogue;
