/**
 * Personal data protection: detection and masking of phone, ID-card, bank-card numbers and e-mail
 * addresses (as people actually type them) before anything is stored or logged, and encryption at
 * rest of what must be kept usable (customers, orders, attachments, a new address until it is
 * confirmed) under a rotatable keyring, with a background pass that re-encrypts under the current key.
 */
package io.kefu.privacy;
