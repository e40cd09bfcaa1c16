/**
 * The curated FAQ knowledge base: entries with question variants, their import and retrieval.
 */
package io.kefu.knowledge;
