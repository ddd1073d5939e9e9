package org.peipao.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.peipao.query.ReadModels;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * Watches the rebuilds this process runs: once a replaying processor has passed the position it was reset
 * at, readers switch to its rebuilt collections.
 */
@Component
class RebuildCompletion {

    private final EventProcessingConfiguration processing;
    private final ReadModelCatalog catalog;

    RebuildCompletion(EventProcessingConfiguration processing, ReadModelCatalog catalog) {
        this.processing = processing;
        this.catalog = catalog;
    }

    @Scheduled(fixedDelay = 250)
    void switchCaughtUpRebuilds() {
        for (String name : ReadModels.processors()) {
            if (!catalog.rebuilding(name)) {
                continue;
            }
            processing.eventProcessor(name, StreamingEventProcessor.class)
                    .filter(processor -> processor.isRunning() && caughtUp(processor.processingStatus().values()))
                    .ifPresent(processor -> catalog.completeRebuild(name));
        }
    }

    /** Every segment of this process has handled the events up to where the replay began. */
    private static boolean caughtUp(Collection<EventTrackerStatus> segments) {
        return !segments.isEmpty() && segments.stream().noneMatch(ReplayProgress::pending);
    }
}
