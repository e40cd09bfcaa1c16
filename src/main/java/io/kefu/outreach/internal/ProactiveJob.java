package io.kefu.outreach.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.kefu.outreach.OutreachSettings;
import io.kefu.platform.BackgroundJob;

/**
 * Evaluates the proactive rules on every node every {@code kefu.outreach.tick}; the database decides
 * which node sends an occasion's message ({@link Sender}), so more nodes send nothing twice.
 */
@Component
class ProactiveJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProactiveJob.class);

    private final ProactiveRules rules;
    private final OutreachSettings settings;
    private BackgroundJob job;

    ProactiveJob(ProactiveRules rules, OutreachSettings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        job = new BackgroundJob("kefu-outreach", rules::run, log, "Proactive rules failed");
        job.start(settings.tick());
    }

    @Override
    public synchronized void stop() {
        if (job != null) {
            job.stop();
            job = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return job != null;
    }
}
