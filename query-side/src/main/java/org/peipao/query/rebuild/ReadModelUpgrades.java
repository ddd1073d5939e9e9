package org.peipao.query.rebuild;

import org.peipao.query.dashboard.Checkpoints;
import org.peipao.query.dashboard.DashboardProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Replays a read model whose documents an earlier version laid out otherwise: today the dashboard, when the cursor of
 * the checkpoints its processor writes holds an earlier {@link Checkpoints#LAYOUT}. Readers keep the current documents
 * until the replay has caught up ({@link ReadModelRebuilds}), as with a replay asked for by an administrator. Checked
 * a second after start-up and every 30 s after, because the replay is refused while another process holds the
 * processor's tokens (during a rolling restart, or until a crashed process's claim expires).
 */
@Component
public class ReadModelUpgrades {

    private static final Logger log = LoggerFactory.getLogger(ReadModelUpgrades.class);

    private final MongoTemplate mongo;
    private final ReadModelCatalog catalog;
    private final ReadModelRebuilds rebuilds;
    private boolean refusedBefore;

    ReadModelUpgrades(MongoTemplate mongo, ReadModelCatalog catalog, ReadModelRebuilds rebuilds) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.rebuilds = rebuilds;
    }

    /**
     * Starts the replay of the dashboard if the collections its processor writes are of an earlier layout; a replay
     * refused because another process holds the processor is tried again at the next check (and logged once).
     */
    @Scheduled(initialDelayString = "PT1S", fixedDelayString = "PT30S")
    public synchronized void replayOutdatedReadModels() {
        String processor = DashboardProjection.PROCESSING_GROUP;
        if (!Checkpoints.ofEarlierLayout(mongo, catalog.destination(processor).collection(Checkpoints.MARKS))) {
            return;
        }
        try {
            rebuilds.rebuild(processor);
            log.warn("the dashboard's documents were of an earlier layout: replaying the dashboard from the first event"
                    + " (its current documents answer until the replay has caught up)");
        } catch (RebuildRefused busy) {
            if (!refusedBefore) {
                log.warn("the dashboard's documents are of an earlier layout, but its replay cannot start here yet ({});"
                        + " trying again every 30 s", busy.getMessage());
            }
            refusedBefore = true;
        }
    }
}
