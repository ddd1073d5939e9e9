package org.peipao.command.shared;

import java.math.BigDecimal;

/** Amounts in CNY: at most two decimals, kept at scale 2 so that equal amounts are equal values. */
public final class Money {

    private Money() {
    }

    public static BigDecimal normalise(BigDecimal amount, String field) {
        RuleViolation.require(amount.stripTrailingZeros().scale() <= 2, field + "-precision",
                field + " has at most 2 decimals (fen)");
        RuleViolation.require(amount.abs().compareTo(new BigDecimal("1e15")) < 0, field + "-out-of-range",
                field + " is implausibly large");
        return amount.setScale(2);
    }
}
