/**
 * Entity extraction: order ids, phones, money, price ranges, quantities, dates, catalog products and
 * attribute constraints, read by ordered rules that each claim the text they use. Pure Java; the
 * application supplies the live catalog ({@link io.kefu.nlu.internal.entities.CatalogVocabulary}) and
 * the store's order ids ({@link io.kefu.nlu.internal.entities.KnownOrderIds}).
 */
package io.kefu.nlu.internal.entities;
