package org.peipao.api.project;

import java.util.List;

/** One page of the verification queue, and how many milestones wait in all. */
public record PendingMilestonePage(List<PendingMilestone> items, int page, int size, long total) {
}
