package org.peipao.query;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code peipao.query.*}: how read models follow the events.
 *
 * @param batchSize           events per read-model transaction (a batch of 1 falls behind under load)
 * @param claimTimeoutSeconds how long a stopped process's claim on a processor blocks another process
 * @param checkpointEvery     global positions between two checkpoints of the dashboard, for as-of answers (an answer
 *                            replays fewer events than this; a dashboard keeps the interval it began with until it
 *                            is replayed, so a change takes effect with its next replay). 500: the benchmark's as-of
 *                            p95 fell from 5.2 s at 2,000 to 2.2 s (issue 13; README, Performance)
 */
@Validated
@ConfigurationProperties("peipao.query")
public record QuerySideProperties(@DefaultValue("1000") @Min(1) @Max(10_000) int batchSize,
                                  @DefaultValue("10") @Min(1) int claimTimeoutSeconds,
                                  @DefaultValue("500") @Min(10) long checkpointEvery) {
}
