package org.peipao.ops.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code peipao.storage.*}.
 *
 * @param eventFetchDelay how often a process looks for events committed by other processes
 * @param embeddedMongoPersistent keep the embedded MongoDB's data on disk (tests use memory)
 * @param embeddedMongoPort port of the embedded MongoDB on 127.0.0.1 (0: any free port)
 */
@ConfigurationProperties("peipao.storage")
record StorageProperties(@DefaultValue("50ms") Duration eventFetchDelay,
                         @DefaultValue("true") boolean embeddedMongoPersistent,
                         @DefaultValue("0") int embeddedMongoPort) {
}
