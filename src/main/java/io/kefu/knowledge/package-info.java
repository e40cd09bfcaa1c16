/**
 * The curated FAQ knowledge base: versioned entries with question variants, hybrid retrieval (BM25
 * and sentence vectors over every variant, fused and re-ranked, with an answer threshold learned
 * from the entries themselves), answers composed from live store data and held back when they
 * contradict it, and the curation workflow: unanswered questions grouped by meaning, candidate
 * entries mined from agent conversations, approval, rollback and feedback.
 */
package io.kefu.knowledge;
