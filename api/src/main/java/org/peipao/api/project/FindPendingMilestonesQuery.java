package org.peipao.api.project;

/**
 * The verification queue: milestones logged and not yet verified or rejected, across all projects, the longest
 * waiting first. Answers a {@link PendingMilestonePage}.
 */
public record FindPendingMilestonesQuery(int page, int size) {
}
