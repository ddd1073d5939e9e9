package org.peipao.query.audit;

/**
 * Audit queries replay the event log and may run for minutes on a long history (a dashboard as of a past date at a
 * million events). Axon interrupts a query handler after 30 s by default; these handlers get half an hour, the
 * request timeout of the web layer, and a warning in the log once one has run for ten minutes.
 */
final class LongAudits {

    static final int TIMEOUT_MS = 30 * 60 * 1000;
    static final int WARNING_THRESHOLD_MS = 10 * 60 * 1000;
    static final int WARNING_INTERVAL_MS = 60 * 1000;

    private LongAudits() {
    }
}
