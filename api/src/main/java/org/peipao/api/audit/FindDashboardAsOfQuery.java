package org.peipao.api.audit;

import org.peipao.api.dashboard.FindDashboardQuery;

import java.time.Instant;

/**
 * The KPI set as it stood at {@code asOf}: computed from the events recorded up to then, under the filters of
 * {@code filters}. Their {@code to} is the last business date counted: when absent, the date of {@code asOf}
 * in the office's zone. Answers a {@link org.peipao.api.dashboard.DashboardView}.
 */
public record FindDashboardAsOfQuery(Instant asOf, FindDashboardQuery filters) {
}
