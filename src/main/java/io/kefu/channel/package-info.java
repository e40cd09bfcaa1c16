/**
 * The doors besides the web widget: WeChat Official Accounts, WeCom customer service and signed
 * webhooks. Inbound adapters check each platform's signature and feed the customer's message into
 * the conversation module's turn pipeline; a durable outbox delivers what the bot, agents and the
 * system say back through the channel, in order, with retries.
 */
package io.kefu.channel;
