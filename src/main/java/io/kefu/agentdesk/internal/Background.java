package io.kefu.agentdesk.internal;

import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.kefu.platform.AfterCommitWork;

/**
 * The desk's after-commit work on threads of its own: the request thread still holds its
 * (committed) connection, and asking the pool for a second one under load would starve it. A
 * failure is logged and ends there: background work never fails the request that caused it.
 */
@Component
class Background implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Background.class);

    private final AfterCommitWork background = new AfterCommitWork(Executors.newVirtualThreadPerTaskExecutor(), log,
            "Agent desk background work failed");

    /** Takes the database only to be destroyed before it: work in flight finishes while it is still there. */
    Background(DataSource database) {
    }

    /** Runs the work once the current transaction commits (at once without one). */
    void afterCommit(String what, Runnable work) {
        background.run("Agent desk could not " + what, work);
    }

    @Override
    public void destroy() {
        background.close();
    }
}
