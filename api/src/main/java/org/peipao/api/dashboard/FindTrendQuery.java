package org.peipao.api.dashboard;

import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;

import java.time.LocalDate;

/**
 * A KPI per month (or ISO week) from {@code from} to {@code to}, both included, under the dashboard's optional filters
 * ({@code null}: no filter), each applying as it does to the {@link FindDashboardQuery dashboard}'s figure of that KPI.
 * Answers a {@link TrendView}.
 */
public record FindTrendQuery(TrendMetric metric,
                             TrendInterval interval,
                             LocalDate from,
                             LocalDate to,
                             IndustryDomain domain,
                             String district,
                             CompanionKind kind,
                             String source) {
}
