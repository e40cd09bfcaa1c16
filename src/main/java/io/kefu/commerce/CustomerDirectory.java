package io.kefu.commerce;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.kefu.commerce.internal.StoreTables;
import io.kefu.platform.Paging;

/** Read access to the store's customers. */
@Service
public class CustomerDirectory {

    private final StoreTables tables;

    CustomerDirectory(StoreTables tables) {
        this.tables = tables;
    }

    public Optional<Customer> find(String id) {
        return tables.customers.find(id);
    }

    /**
     * What identifies the customer and no pattern finds: their name and delivery addresses, for
     * masking by value before text leaves Kefu. Empty for an anonymous visitor (null id).
     */
    public List<String> personalValues(String customerId) {
        if (customerId == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        find(customerId).ifPresent(customer -> values.add(customer.name()));
        tables.orders.findBy("customer_id", customerId, "created_at DESC").forEach(order -> values.add(order.address()));
        return values;
    }

    public List<Customer> page(Paging paging) {
        return tables.customers.page(paging);
    }

    public long count() {
        return tables.customers.count();
    }
}
