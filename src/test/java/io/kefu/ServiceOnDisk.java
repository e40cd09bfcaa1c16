package io.kefu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.kefu.platform.Readiness;

/**
 * The whole service as a merchant runs it out of the box: the embedded H2 database in a file and
 * the indexes under its own data directory, with the demo store; stopped with {@link #close}, it
 * can be started again on the same data. {@link #start} returns once the service is ready.
 */
public final class ServiceOnDisk implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ServiceOnDisk(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** @param settings further {@code --name=value} arguments */
    public static ServiceOnDisk start(Path dataDir, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--kefu.data-dir=" + dataDir.toAbsolutePath(), "--kefu.demo=true",
                "--kefu.security.admin-token=" + ServiceTest.ADMIN, "--kefu.emotion.background-training=false"));
        arguments.addAll(List.of(settings));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KefuApplication.class).run(arguments.toArray(String[]::new));
        // like a load balancer, send customers only once it is ready: before, their messages get 503
        Readiness readiness = context.getBean(Readiness.class);
        if (!readiness.await(AwaitReadiness.LIMIT)) {
            context.close();
            throw new IllegalStateException("the service was not ready within " + AwaitReadiness.LIMIT + ": " + readiness.conditions());
        }
        return new ServiceOnDisk(context);
    }

    public ApiClient api() {
        return new ApiClient(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /** A component of the running service, to look behind the API (its database, its counters). */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
