package org.peipao.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One verification job, as {@code GET /api/v1/audit/verifications/{id}} answers it. Absent fields are left out.
 *
 * @param id           the run's id
 * @param kind         {@code FULL} (the whole log and the read models) or {@code INCREMENTAL} (the events after
 *                     {@code fromPosition} only; no read-model check)
 * @param status       {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param progress     0 to 100 (percent)
 * @param etaSeconds   the estimated seconds left while running, from the rate so far (absent before any progress)
 * @param startedAt    when it started (UTC)
 * @param finishedAt   when it finished or failed (UTC)
 * @param heartbeatAt  the last sign of life of the process running it (UTC)
 * @param owner        the process running it (host, process id and a random boot id)
 * @param fromPosition an incremental run's start: the head of the run it extends (its events are after it)
 * @param headPosition the last global position the run covers
 * @param storedEvents how many events the log held at or before {@code headPosition} when the run checked it; an
 *                     incremental run extending this one counts them again and reports a difference
 * @param digest       the {@link LogDigest} at {@code headPosition} (hexadecimal SHA-256)
 * @param receipt      a DONE run's signed receipt: a compact JWS over {@code {headPosition, digest, checkedAt}}
 * @param reason       why a FAILED run failed
 * @param eventLog     a DONE run's tamper check, as {@code GET /api/v1/audit/verification} answers it
 * @param readModels   a DONE full run's read-model check, as {@code GET /api/v1/audit/verification} answers it
 */
public record VerificationRun(String id, String kind, String status, int progress, Long etaSeconds,
                              Instant startedAt, Instant finishedAt, Instant heartbeatAt, String owner,
                              Long fromPosition, Long headPosition, Long storedEvents, String digest, String receipt,
                              String reason,
                              JsonNode eventLog, JsonNode readModels) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    /** The same run without its (possibly long) results: for lists. */
    VerificationRun summary() {
        return new VerificationRun(id, kind, status, progress, etaSeconds, startedAt, finishedAt, heartbeatAt, owner,
                fromPosition, headPosition, storedEvents, digest, receipt, reason, null, null);
    }
}
