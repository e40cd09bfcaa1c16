/**
 * The agent desk: human agents with skills, languages and presence, the priority queue that routes
 * handed-over conversations to the best free agent, the handoff card, agent assist, transfer,
 * supervision with takeover, and the audit log of agent actions on customer data.
 */
package io.kefu.agentdesk;
