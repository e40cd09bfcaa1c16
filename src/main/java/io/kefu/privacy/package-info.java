/**
 * Personal data protection: detection and masking of phone, ID-card, bank-card numbers and e-mail
 * addresses before anything is stored or logged.
 */
package io.kefu.privacy;
