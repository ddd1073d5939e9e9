package org.peipao.ops.storage;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code peipao.storage.*}.
 *
 * @param eventFetchDelay how often a process looks for events committed by other processes
 * @param embeddedMongoPersistent keep the embedded MongoDB's data on disk (tests use memory)
 * @param embeddedMongoPort port of the embedded MongoDB on 127.0.0.1 (0: any free port)
 * @param embeddedMongoCache the embedded MongoDB's page cache (H2 MVStore's {@code cacheSize}; its default is 16 MB):
 *        pages in it are kept as objects, so a read of a cached document costs no deserialisation
 * @param groupCommitSize the most commands that share one transaction (one durable commit) in a group commit
 */
@Validated
@ConfigurationProperties("peipao.storage")
record StorageProperties(@DefaultValue("50ms") Duration eventFetchDelay,
                         @DefaultValue("true") boolean embeddedMongoPersistent,
                         @DefaultValue("0") int embeddedMongoPort,
                         @DefaultValue("64MB") DataSize embeddedMongoCache,
                         @DefaultValue("100") @Min(1) int groupCommitSize) {
}
