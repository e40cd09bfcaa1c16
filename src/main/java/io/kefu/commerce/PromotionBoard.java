package io.kefu.commerce;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Service;

import io.kefu.commerce.internal.StoreTables;
import io.kefu.platform.Paging;

/** Read access to promotions. */
@Service
public class PromotionBoard {

    private final StoreTables tables;

    PromotionBoard(StoreTables tables) {
        this.tables = tables;
    }

    /** The promotions running at {@code time}, soonest ending first. */
    public List<Promotion> activeAt(OffsetDateTime time) {
        return tables.promotions.all().stream().filter(p -> p.isActiveAt(time))
            .sorted(java.util.Comparator.comparing(Promotion::endsAt)).toList();
    }

    /** Every promotion, running, past or future, by start. */
    public List<Promotion> all() {
        return tables.promotions.all().stream().sorted(java.util.Comparator.comparing(Promotion::startsAt)).toList();
    }

    public List<Promotion> page(Paging paging) {
        return tables.promotions.page(paging);
    }

    public long count() {
        return tables.promotions.count();
    }
}
