/**
 * Recommendations for one customer with a reason for each: what they bought (and may buy again when
 * it runs out), what their conversations showed interest in, accessories and refills the catalogue
 * relates to their purchases, and what other customers buy together with it; store best sellers for
 * a shopper who turned personalisation off. Reads store data through the commerce module and
 * conversations through the conversation module; every read is a recorded personal-data access.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "commerce", "conversation", "privacy", "platform" })
package io.kefu.recommendation;
