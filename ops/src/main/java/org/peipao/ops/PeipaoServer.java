package org.peipao.ops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The one runnable: both sides, or one of them, as {@code peipao.role} says. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PeipaoServer {

    private static final String UPDATE_CHECKER_SWITCH = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        // Axon reads this switch as a system property, not from Spring: it would otherwise phone home at start-up.
        if (System.getProperty(UPDATE_CHECKER_SWITCH) == null) {
            System.setProperty(UPDATE_CHECKER_SWITCH, "true");
        }
        SpringApplication.run(PeipaoServer.class, args);
    }
}
