package org.peipao.api.dashboard;

import java.math.BigDecimal;
import java.util.List;

/** {@code period} is {@code 2025-03} for a month or {@code 2025-W10} for an ISO week. */
public record TrendView(String metric, String interval, List<Point> points) {

    public record Point(String period, BigDecimal value) {
    }
}
