package io.kefu.channel.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.kefu.platform.DocumentSeal;
import io.kefu.platform.DocumentTable;
import io.kefu.platform.Problem;
import io.kefu.platform.RecordsValidator;
import io.kefu.privacy.Resealable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configured channels. Whole documents are sealed at rest with the personal-data keyring (the
 * tokens, app secrets and AES keys in them open the merchant's accounts), and resealed after a key
 * rotation like customers and orders.
 */
@Component
class ChannelConfigs implements Resealable {

    private final DocumentTable<ChannelConfig> table;
    private final RecordsValidator validator;

    ChannelConfigs(JdbcClient jdbc, JsonMapper json, DocumentSeal seal, RecordsValidator validator) {
        this.table = new DocumentTable<>(jdbc, json, "channels", "id", ChannelConfig.class, c -> Map.of("id", c.id(), "type", c.type()))
            .sealedWith(seal);
        this.validator = validator;
    }

    /** Validates every channel (422 naming {@code [i].field}), then stores them all or none. */
    @Transactional
    int upsert(List<ChannelConfig> channels) {
        validator.validateAll(channels, record -> ((ChannelConfig) record).check());
        channels.forEach(table::put);
        return channels.size();
    }

    List<ChannelConfig> all() {
        return table.all();
    }

    Optional<ChannelConfig> find(String id) {
        return table.find(id);
    }

    /** The channel of this type; 404 when there is none (a platform calling an unknown or mistyped URL). */
    ChannelConfig require(String id, String type) {
        return find(id).filter(config -> config.type().equals(type))
            .orElseThrow(() -> Problem.notFound("No " + type + " channel " + id + "."));
    }

    @Override
    public String name() {
        return "channels";
    }

    @Override
    public int resealNext(int batch) {
        return table.resealNext(batch);
    }
}
