/**
 * Insight: records what happens in conversations from their events and computes the service's
 * metrics (containment, handoffs, agent response time, CSAT) for the analytics API.
 */
package io.kefu.insight;
