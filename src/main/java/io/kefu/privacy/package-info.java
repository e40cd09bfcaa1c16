/**
 * Personal data protection: detection and masking of phone, ID-card, bank-card numbers and e-mail
 * addresses (as people actually type them) before anything is stored or logged, and sealing of the
 * little a conversation must keep usable for a while (a new address until it is confirmed).
 */
package io.kefu.privacy;
