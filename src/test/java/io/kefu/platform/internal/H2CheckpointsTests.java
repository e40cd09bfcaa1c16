package io.kefu.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CheckpointsTests {

    @TempDir
    Path dir;

    @Test
    void everyCallerIsAnsweredOnceACheckpointStartedAfterItsCall() throws Exception {
        JdbcDataSource database = fileDatabase();
        try (Connection keepOpen = database.getConnection()) {
            H2Checkpoints checkpoints = new H2Checkpoints(database);
            try {
                List<CompletableFuture<Void>> callers = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    callers.add(checkpoints.written());
                }
                CompletableFuture.allOf(callers.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
                assertThat(callers).allMatch(caller -> caller.isDone() && !caller.isCompletedExceptionally());
            }
            finally {
                checkpoints.close();
            }
        }
    }

    @Test
    void aCheckpointThatFailsAnswersItsCallersWithAnError() throws Exception {
        JdbcDataSource database = fileDatabase();
        H2Checkpoints checkpoints = new H2Checkpoints(database);
        try {
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE t (id INT)");
            }
            // the database file is gone from under the service: the next checkpoint cannot run
            database.setURL("jdbc:h2:file:" + dir.resolve("missing").resolve("db") + ";IFEXISTS=TRUE");
            assertThatThrownBy(() -> checkpoints.written().get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        }
        finally {
            checkpoints.close();
        }
    }

    @Test
    void afterClosingNothingIsConfirmed() throws Exception {
        H2Checkpoints checkpoints = new H2Checkpoints(fileDatabase());
        checkpoints.close();
        assertThatThrownBy(() -> checkpoints.written().get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
            .hasCauseInstanceOf(IllegalStateException.class);
    }

    private JdbcDataSource fileDatabase() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
        database.setUser("sa");
        return database;
    }
}
