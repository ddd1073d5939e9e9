package org.peipao.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Answers whether today's log extends a receipt: its signature is checked first (a receipt this server did not
 * sign, or that was changed, is {@link ReceiptInvalid}), then the {@link LogDigest} of the log up to the receipt's
 * {@code headPosition} is recomputed from the stored rows and compared with the receipt's.
 * <p>
 * The receipt holds one digest, of everything up to its position: a different digest proves that some event at or
 * before it was altered, deleted, inserted or moved, but not which. To name one, the hash chain is checked up to
 * that position: {@code firstDifference} is the lowest global position of an event whose stored row no longer
 * matches its recorded link (or has none). When the links were rewritten too, or only deletions are found (a
 * deleted row has no position), no position can be named: {@code firstDifference} is null and {@code problems}
 * lists what the chain shows.
 */
@Component
class ReceiptCheck {

    private final Receipts receipts;
    private final EventLog log;
    private final TamperCheck tamperCheck;

    ReceiptCheck(Receipts receipts, EventLog log, TamperCheck tamperCheck) {
        this.receipts = receipts;
        this.log = log;
        this.tamperCheck = tamperCheck;
    }

    /**
     * The answer to {@code POST /api/v1/audit/receipts/check}.
     *
     * @param extendsReceipt  ({@code extends}) whether the log up to the receipt's position is still what it signed
     * @param firstDifference the lowest position found altered or not chained at or before {@code headPosition}
     * @param headPosition    the receipt's position
     * @param receiptDigest   the digest the receipt signed
     * @param digest          the digest recomputed today up to {@code headPosition}
     * @param checkedAt       when the receipt was signed (UTC)
     * @param keyId           the {@code kid} of the key that signed it
     * @param reason          why the log does not extend the receipt
     * @param problems        the hash chain's problems at or before {@code headPosition}, when it does not
     */
    record Answer(@JsonProperty("extends") boolean extendsReceipt, Long firstDifference, long headPosition,
                  String receiptDigest, String digest, Instant checkedAt, String keyId, String reason,
                  List<TamperCheck.Problem> problems) {
    }

    Answer check(String receipt) {
        Receipts.Claims claims = receipts.verify(receipt);
        String digest = LogDigest.upTo(log, claims.headPosition(), position -> { });
        if (digest.equals(claims.digest())) {
            return new Answer(true, null, claims.headPosition(), claims.digest(), digest, claims.checkedAt(),
                    claims.keyId(), null, null);
        }
        List<TamperCheck.Problem> problems = tamperCheck.run(claims.headPosition(), checked -> { }).problems();
        Long first = problems.stream().map(TamperCheck.Problem::globalPosition).filter(Objects::nonNull)
                .min(Long::compare).orElse(null);
        String reason = first != null
                ? "the log up to the receipt's position has changed since it was signed; the first event found altered is at position " + first
                : "the log up to the receipt's position has changed since it was signed; no stored event can be named"
                + " (events deleted, or their recorded links rewritten as well)";
        return new Answer(false, first, claims.headPosition(), claims.digest(), digest, claims.checkedAt(),
                claims.keyId(), reason, problems);
    }
}
