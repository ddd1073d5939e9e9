package org.peipao.command;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code peipao.command.*}: how aggregates are loaded.
 *
 * @param snapshotThreshold events after which an aggregate's state is snapshotted
 * @param cacheAggregates   keep loaded aggregates in memory (switch off when several command processes run)
 */
@Validated
@ConfigurationProperties("peipao.command")
public record CommandSideProperties(@DefaultValue("100") @Min(2) int snapshotThreshold,
                                    @DefaultValue("true") boolean cacheAggregates) {
}
