/**
 * The optional language model: grounded answers and tone for shoppers, handoff summaries and FAQ
 * candidate drafts for staff, from any OpenAI-compatible chat-completions endpoint, each checked by
 * fact guardrails before anyone sees it. Off by default: without {@code kefu.llm.base-url} nothing
 * is ever sent anywhere and every method answers "no model".
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "privacy", "platform" })
package io.kefu.llm;
