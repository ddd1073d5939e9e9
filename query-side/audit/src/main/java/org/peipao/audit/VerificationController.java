package org.peipao.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.peipao.api.ValidId;
import org.peipao.query.shared.BadParameter;
import org.peipao.query.shared.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Verification as a job, and its signed receipts:
 * <ul>
 *   <li>{@code POST /verifications} starts a full run ({@code ?from=last}: an incremental run from the furthest
 *       run that is DONE) and answers {@code 202} with its {@code Location}; while this process runs one, it answers
 *       that one;</li>
 *   <li>{@code GET /verifications/{id}} answers the run ({@link VerificationRun}), {@code 404} for an unknown id;</li>
 *   <li>{@code GET /verifications?limit=} the latest runs, newest first, without their results
 *       ({@code {"items": [...]}});</li>
 *   <li>{@code GET /keys} the receipts' public keys as a JWK set;</li>
 *   <li>{@code POST /receipts/check} with {@code {"receipt": "<compact JWS>"}} whether today's log extends it
 *       ({@link ReceiptCheck.Answer}); a receipt this server did not sign, or that was changed, is a {@code 400}
 *       problem {@code receipt-invalid}.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/audit")
class VerificationController {

    static final String JWK_SET = "application/jwk-set+json";

    private final VerificationJobs jobs;
    private final Receipts receipts;
    private final ReceiptCheck receiptCheck;

    VerificationController(VerificationJobs jobs, Receipts receipts, ReceiptCheck receiptCheck) {
        this.jobs = jobs;
        this.receipts = receipts;
        this.receiptCheck = receiptCheck;
    }

    record Runs(List<VerificationRun> items) {
    }

    record ReceiptToCheck(@NotBlank @Size(max = 4096) String receipt) {
    }

    @PostMapping("/verifications")
    ResponseEntity<VerificationRun> start(@RequestParam(required = false) @Size(max = 16) String from) {
        String kind;
        if (from == null || from.equals("start")) {
            kind = VerificationJobs.FULL;
        } else if (from.equals("last")) {
            kind = VerificationJobs.INCREMENTAL;
        } else {
            throw new BadParameter("from", "must be 'last' (after the last verified position) or 'start'");
        }
        VerificationRun run = jobs.start(kind);
        return ResponseEntity.accepted().location(URI.create("/api/v1/audit/verifications/" + run.id())).body(run);
    }

    @GetMapping("/verifications/{id}")
    VerificationRun run(@PathVariable @ValidId String id) {
        return jobs.find(id).orElseThrow(() -> new NotFound("no verification " + id));
    }

    @GetMapping("/verifications")
    Runs runs(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return new Runs(jobs.latest(limit));
    }

    @GetMapping("/keys")
    ResponseEntity<Map<String, Object>> keys() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(JWK_SET))
                .body(receipts.publicKeys().toJSONObject(true));
    }

    @PostMapping("/receipts/check")
    ReceiptCheck.Answer check(@RequestBody @Valid ReceiptToCheck body) {
        return receiptCheck.check(body.receipt());
    }
}
