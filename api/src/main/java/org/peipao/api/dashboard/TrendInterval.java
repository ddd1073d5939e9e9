package org.peipao.api.dashboard;

public enum TrendInterval {
    MONTH, WEEK
}
