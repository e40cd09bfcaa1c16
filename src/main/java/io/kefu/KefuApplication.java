package io.kefu;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Kefu: one deployable that serves customers, agents and merchants. The same jar also runs the
 * offline commands ({@code eval}, {@code bench}) so that quality is measured with exactly the
 * code that ships.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KefuApplication {

    public static void main(String[] args) {
        if (args.length > 0 && Commands.isCommand(args[0])) {
            System.exit(Commands.run(args[0], Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(KefuApplication.class, args);
    }
}
