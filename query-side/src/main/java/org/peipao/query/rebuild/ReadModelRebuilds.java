package org.peipao.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.peipao.query.ReadModels;
import org.peipao.query.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a read model from the first event: its processor is stopped, its tokens reset and started again. Its
 * projection's reset points it at fresh collections while the current ones keep answering, and
 * {@link RebuildCompletion} switches readers over once the rebuild has caught up.
 */
@Component
public class ReadModelRebuilds {

    private final EventProcessingConfiguration processing;

    ReadModelRebuilds(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /**
     * Starts rebuilding the read model that {@code processorName} builds.
     *
     * @throws NotFound       when no event processor of that name runs in this process
     * @throws RebuildRefused when the processor builds no read model (replaying a process manager would act on past
     *                        events again), or another process holds its tokens
     */
    public void rebuild(String processorName) {
        StreamingEventProcessor processor = processing.eventProcessor(processorName, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFound("no event processor " + processorName + " runs here"));
        if (ReadModels.ofProcessor(processorName).isEmpty()) {
            throw RebuildRefused.notAReadModel(processorName);
        }
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException claimedElsewhere) {
            throw RebuildRefused.busy(processorName);
        } finally {
            processor.start();
        }
    }
}
