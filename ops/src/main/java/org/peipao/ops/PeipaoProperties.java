package org.peipao.ops;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * {@code peipao.*}: the process's role and where it keeps its data.
 *
 * @param role    {@code all} (both sides), {@code command} (writes only) or {@code query} (reads only)
 * @param dataDir the directory of the embedded stores ({@code events/}, {@code mongo/})
 * @param zone    the office's time zone: business dates ("today", "not in the future") are its dates
 */
@Validated
@ConfigurationProperties("peipao")
public record PeipaoProperties(@DefaultValue("all") @NotNull Role role,
                               @DefaultValue("./data") @NotNull Path dataDir,
                               @DefaultValue("Asia/Shanghai") @NotNull ZoneId zone) {

    public enum Role {
        ALL, COMMAND, QUERY;

        public boolean writes() {
            return this != QUERY;
        }

        public boolean reads() {
            return this != COMMAND;
        }
    }
}
