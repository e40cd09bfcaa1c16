/**
 * Measures the whole bot on a merchant's store, the way a shopper meets it: imports a store file
 * through the store-data API of a running (or in-process) service, then plays conversation suites
 * and FAQ paraphrases over HTTP and reports how many went right. Used by the {@code eval} command
 * and by the test suite, so a merchant measures their own store with the code the tests use.
 */
package io.kefu.evaluation;
