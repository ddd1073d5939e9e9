package org.peipao.audit;

/**
 * As-of answers are all busy: {@code peipao.audit.as-of-concurrency} of them are running and none ended within
 * {@code peipao.audit.as-of-wait}. Answered as a {@code 503} problem of type {@code as-of-busy} with
 * {@code Retry-After}.
 */
public class AsOfBusy extends RuntimeException {

    private final int retryAfterSeconds;

    AsOfBusy(String detail, int retryAfterSeconds) {
        super(detail, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The {@code Retry-After} value, in seconds (at least 1). */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
