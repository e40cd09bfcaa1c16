/**
 * Understanding customer messages: language, intents with out-of-scope detection, entities.
 */
package io.kefu.nlu;
