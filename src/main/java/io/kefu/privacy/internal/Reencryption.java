package io.kefu.privacy.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.kefu.platform.AfterStartup;
import io.kefu.privacy.PersonalDataSeal;
import io.kefu.privacy.Resealable;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The re-encryption pass: once the service is up, rewrites every record held in clear (stored
 * before encryption at rest) or under a retired key with the current key, store by store, in small
 * batches on a background thread, so the service serves meanwhile and a retired key can be dropped
 * afterwards. Progress goes to the log and the counter {@code kefu.privacy.reencrypted}. Runs on
 * every start; with nothing to do it costs one query per store.
 */
@Component
class Reencryption implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Reencryption.class);
    /** Small enough that a batch holds rows only briefly, large enough that a million rows take minutes. */
    private static final int BATCH = 100;
    private static final int LOG_EVERY = 10_000;

    private final List<Resealable> stores;
    private final PersonalDataSeal seal;
    private final MeterRegistry meters;
    private volatile boolean stopped;

    Reencryption(List<Resealable> stores, PersonalDataSeal seal, MeterRegistry meters, AfterStartup afterStartup) {
        this.stores = stores;
        this.seal = seal;
        this.meters = meters;
        afterStartup.start("reencryption", this::run);
    }

    void run() {
        for (Resealable store : stores) {
            try {
                reseal(store);
            }
            catch (RuntimeException e) {
                if (!stopped) {
                    log.error("Re-encryption of {} stopped: {}", store.name(), e.getMessage());
                }
            }
        }
    }

    private void reseal(Resealable store) {
        long done = 0;
        for (int found; !stopped && (found = store.resealNext(BATCH)) > 0;) {
            if (done == 0) {
                log.info("Re-encryption of {} under key {} started", store.name(), seal.currentKeyId());
            }
            meters.counter("kefu.privacy.reencrypted", "store", store.name()).increment(found);
            done += found;
            if (done % LOG_EVERY < found) {
                log.info("Re-encryption of {}: {} records so far", store.name(), done);
            }
        }
        if (done > 0 && !stopped) {
            log.info("Re-encryption of {} done: {} records now under key {}", store.name(), done, seal.currentKeyId());
        }
    }

    @Override
    public void destroy() {
        stopped = true;
    }
}
