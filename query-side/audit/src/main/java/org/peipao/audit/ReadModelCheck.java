package org.peipao.audit;

import java.util.List;

/**
 * The outcome of comparing each live read model with a copy rebuilt from the events up to {@code position}.
 * {@code status} is {@code OK} or {@code DIFFERENT}; documents changed by later events are not compared, nor are
 * the read models being rebuilt at the time, or the dashboard when it was replayed at another checkpoint interval while
 * the check ran (listed in {@code rebuilding}).
 */
public record ReadModelCheck(String status, long position, long checkedDocuments, List<Difference> differences,
                             List<String> rebuilding) {

    /** {@code problem}: MISSING (in the rebuild, not live), EXTRA (live only) or DIFFERENT. */
    public record Difference(String readModel, String collection, String documentId, String problem) {
    }
}
