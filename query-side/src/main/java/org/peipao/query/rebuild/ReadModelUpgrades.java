package org.peipao.query.rebuild;

import org.peipao.query.dashboard.Checkpoints;
import org.peipao.query.dashboard.DashboardProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Replays, once this process is ready, a read model whose documents an earlier version laid out otherwise: today the
 * dashboard, when its checkpoints' cursor holds an earlier {@link Checkpoints#LAYOUT}. Readers keep the current
 * documents until the replay has caught up ({@link ReadModelRebuilds}), as with a replay asked for by an administrator.
 */
@Component
public class ReadModelUpgrades {

    private static final Logger log = LoggerFactory.getLogger(ReadModelUpgrades.class);

    private final MongoTemplate mongo;
    private final ReadModelCatalog catalog;
    private final ReadModelRebuilds rebuilds;

    ReadModelUpgrades(MongoTemplate mongo, ReadModelCatalog catalog, ReadModelRebuilds rebuilds) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.rebuilds = rebuilds;
    }

    /** Starts the replay of the dashboard if the collections its processor writes are of an earlier layout. */
    @EventListener(ApplicationReadyEvent.class)
    public void replayOutdatedReadModels() {
        String processor = DashboardProjection.PROCESSING_GROUP;
        String marks = catalog.destination(processor).collection(Checkpoints.MARKS);
        if (!Checkpoints.ofEarlierLayout(mongo, marks)) {
            return;
        }
        log.warn("the dashboard's documents are of an earlier layout: replaying the dashboard from the first event"
                + " (its current documents answer until the replay has caught up)");
        try {
            rebuilds.rebuild(processor);
        } catch (RebuildRefused busy) {
            log.warn("the dashboard's replay was not started here: {}", busy.getMessage());
        }
    }
}
