package org.peipao.ops.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.peipao.query.ReadModels;
import org.peipao.ops.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;

/**
 * The event processors of this process, and replays of read models. A replay rebuilds a read model into fresh
 * collections while the current ones keep answering; readers switch over when it has caught up.
 */
@RestController
@RequestMapping("/api/v1/admin/processors")
class ProcessorsController {

    private static final Duration CLAIM_WAIT = Duration.ofSeconds(2);

    private final ProcessorStatus status;
    private final EventProcessingConfiguration processing;

    ProcessorsController(ProcessorStatus status, EventProcessingConfiguration processing) {
        this.status = status;
        this.processing = processing;
    }

    @GetMapping
    List<ProcessorView> processors() {
        return status.all();
    }

    @PostMapping(path = "/{name}/replay", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> replay(@PathVariable String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class).orElse(null);
        if (processor == null) {
            return problem(HttpStatus.NOT_FOUND, "not-found", "no event processor " + name + " runs here");
        }
        if (!ReadModels.processors().contains(name)) {
            return problem(HttpStatus.CONFLICT, "processor-not-replayable",
                    name + " does not build read models; replaying it would act on past events again");
        }
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException claimedElsewhere) {
            return problem(HttpStatus.CONFLICT, "processor-busy",
                    "another process holds " + name + "; replay it there, or retry once its claim has expired");
        } finally {
            processor.start();
        }
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

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail) {
        return ResponseEntity.status(status).body(Problems.of(status, type, status.getReasonPhrase(), detail));
    }
}
