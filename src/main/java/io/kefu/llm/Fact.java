package io.kefu.llm;

/**
 * One store fact a model answer may rest on, as replies cite it.
 *
 * @param type {@code knowledge}, {@code product} or {@code policy}
 * @param id   the cited id ({@code faq-returns@v2}, a SKU, {@code returnWindowDays})
 * @param text the fact as the model reads it
 */
public record Fact(String type, String id, String text) {
}
