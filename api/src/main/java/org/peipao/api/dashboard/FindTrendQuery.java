package org.peipao.api.dashboard;

import java.time.LocalDate;

/** A KPI per month (or ISO week) from {@code from} to {@code to}, both included. Answers a {@link TrendView}. */
public record FindTrendQuery(TrendMetric metric, TrendInterval interval, LocalDate from, LocalDate to) {
}
