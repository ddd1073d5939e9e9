package org.peipao.ops.processors;

import org.axonframework.config.EventProcessingConfiguration;
import org.peipao.query.rebuild.ReadModelRebuilds;
import org.peipao.query.rebuild.RebuildRefused;
import org.peipao.query.shared.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;

/**
 * The event processors of this process, and the HTTP face of a read model's rebuild. How a rebuild works, and which
 * processors may be rebuilt, is the read side's ({@link ReadModelRebuilds}); a process without read models (the
 * {@code command} role) rebuilds none.
 */
@RestController
@RequestMapping("/api/v1/admin/processors")
class ProcessorsController {

    private static final Duration CLAIM_WAIT = Duration.ofSeconds(2);

    private final ProcessorStatus status;
    private final EventProcessingConfiguration processing;
    private final ObjectProvider<ReadModelRebuilds> rebuilds;

    ProcessorsController(ProcessorStatus status, EventProcessingConfiguration processing,
                         ObjectProvider<ReadModelRebuilds> rebuilds) {
        this.status = status;
        this.processing = processing;
        this.rebuilds = rebuilds;
    }

    @GetMapping
    List<ProcessorView> processors() {
        return status.all();
    }

    /** {@code 202} with the processor's state once it runs again; {@code 404} or {@code 409} when it cannot. */
    @PostMapping(path = "/{name}/replay", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProcessorView> replay(@PathVariable String name) {
        ReadModelRebuilds readModels = rebuilds.getIfAvailable();
        if (readModels == null) {
            if (processing.eventProcessor(name).isEmpty()) {
                throw new NotFound("no event processor " + name + " runs here");
            }
            throw RebuildRefused.notAReadModel(name);
        }
        readModels.rebuild(name);
        return ResponseEntity.accepted().body(onceClaimed(name));
    }

    /** The processor's state once it has claimed its segments again (or after two seconds), so the answer shows the replay. */
    private ProcessorView onceClaimed(String name) {
        long deadline = System.nanoTime() + CLAIM_WAIT.toNanos();
        ProcessorView view = status.find(name).orElseThrow();
        while (view.segments().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            view = status.find(name).orElseThrow();
        }
        return view;
    }
}
