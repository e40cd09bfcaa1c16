package io.kefu.commerce;

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

    public List<Customer> page(Paging paging) {
        return tables.customers.page(paging);
    }

    public long count() {
        return tables.customers.count();
    }
}
