package io.kefu.commerce;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kefu.commerce.internal.StoreTables;
import io.kefu.platform.Problem;
import io.kefu.platform.RecordsValidator;

/** Reads and changes the store settings; a change applies to the very next customer message. */
@Service
public class StoreSettingsService {

    private final StoreTables tables;
    private final RecordsValidator validator;
    private final ApplicationEventPublisher events;

    StoreSettingsService(StoreTables tables, RecordsValidator validator, ApplicationEventPublisher events) {
        this.tables = tables;
        this.validator = validator;
        this.events = events;
    }

    /** Never returns null: defaults until the merchant sets anything. */
    public StoreSettings current() {
        return tables.settings.find(StoreTables.SETTINGS_ID).orElse(StoreSettings.DEFAULTS);
    }

    @Transactional
    public StoreSettings update(SettingsUpdate update) {
        validator.validate(update, record -> timezoneErrors((SettingsUpdate) record));
        StoreSettings updated = update.applyTo(current());
        tables.settings.put(updated);
        events.publishEvent(new StoreDataChanged(StoreDataChanged.Kind.SETTINGS, 1));
        return updated;
    }

    private static List<Problem.FieldError> timezoneErrors(SettingsUpdate update) {
        if (update.businessHours() == null || update.businessHours().timezone() == null) {
            return List.of();
        }
        try {
            ZoneId.of(update.businessHours().timezone());
            return List.of();
        }
        catch (DateTimeException e) {
            return List.of(new Problem.FieldError("businessHours.timezone", "is not a known time zone"));
        }
    }
}
