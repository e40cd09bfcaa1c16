/**
 * How the customer feels: an emotion label and intensity per message and its trend over the
 * conversation.
 */
package io.kefu.emotion;
