package io.kefu.commerce;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kefu.commerce.internal.StoreTables;
import io.kefu.platform.DataVersions;
import io.kefu.platform.Problem;
import io.kefu.platform.RecordsValidator;
import io.kefu.platform.RecordsValidator.RecordRule;

/**
 * Bulk upserts of store data from the merchant's systems. A batch is validated as a whole and
 * stored in one transaction: one invalid record and nothing of the batch is kept.
 */
@Service
public class StoreImport {

    private final StoreTables tables;
    private final RecordsValidator validator;
    private final DataVersions versions;
    private final ApplicationEventPublisher events;

    StoreImport(StoreTables tables, RecordsValidator validator, DataVersions versions, ApplicationEventPublisher events) {
        this.tables = tables;
        this.validator = validator;
        this.versions = versions;
        this.events = events;
    }

    @Transactional
    public int products(List<Product> products) {
        return upsert(StoreDataChanged.Kind.PRODUCTS, products, Product::sku, tables.products::put,
                record -> attributeErrors((Product) record));
    }

    @Transactional
    public int customers(List<Customer> customers) {
        return upsert(StoreDataChanged.Kind.CUSTOMERS, customers, Customer::id, tables.customers::put);
    }

    @Transactional
    public int orders(List<Order> orders) {
        return upsert(StoreDataChanged.Kind.ORDERS, orders, Order::orderId, tables.orders::put);
    }

    @Transactional
    public int promotions(List<Promotion> promotions) {
        return upsert(StoreDataChanged.Kind.PROMOTIONS, promotions, Promotion::id, tables.promotions::put,
                record -> periodErrors((Promotion) record));
    }

    private <T> int upsert(StoreDataChanged.Kind kind, List<T> records, Function<T, String> key, Consumer<T> put,
            RecordRule... rules) {
        validator.validateAll(records, rules);
        rejectDuplicateKeys(records, key);
        records.forEach(put);
        versions.bump(kind.name());
        events.publishEvent(new StoreDataChanged(kind, records.size()));
        return records.size();
    }

    /** Two records with one key in a batch would make the result depend on their order. */
    private static <T> void rejectDuplicateKeys(List<T> records, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (!seen.add(key.apply(records.get(i)))) {
                errors.add(new Problem.FieldError("[" + i + "]", "repeats the id " + key.apply(records.get(i)) + " of an earlier record"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.invalidRecords(errors);
        }
    }

    private static List<Problem.FieldError> attributeErrors(Product product) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, Object> attribute : product.attributes().entrySet()) {
            Object value = attribute.getValue();
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                errors.add(new Problem.FieldError("attributes." + attribute.getKey(), "must be a string or a number"));
            }
        }
        return errors;
    }

    private static List<Problem.FieldError> periodErrors(Promotion promotion) {
        if (promotion.startsAt() != null && promotion.endsAt() != null && !promotion.endsAt().isAfter(promotion.startsAt())) {
            return List.of(new Problem.FieldError("endsAt", "must be after startsAt"));
        }
        return List.of();
    }
}
