package io.kefu.nlu.internal;

import java.util.Map;

/**
 * Extracts entities (order ids, phones, money, price ranges, quantities, dates, products, attribute
 * constraints) from one message. Thread-safe; never returns null.
 */
public interface EntityExtraction {

    Map<String, Object> extract(String text, String language);
}
